import { expect, test } from './support/test';
import { waitForLink } from './support/mailbox';

// Register → open the verification link from the delivered email → log in → name shown on /book.
// The email comes from the Notifications module's development mail adapter (<data>/mail/*.eml).
test('a new patient registers, verifies the email from the inbox, logs in and sees their name on the booking page', async ({ page }) => {
  test.setTimeout(60_000);
  const email = `lucia.${Date.now()}@example.com`;

  await page.goto('/book');
  await page.getByRole('link', { name: 'Iniciar sesión' }).click();
  await page.getByRole('link', { name: 'Regístrate' }).click();

  await page.getByLabel('Nombre', { exact: true }).fill('Lucía');
  await page.getByLabel('Apellidos').fill('García');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Teléfono (opcional)').fill('+34 600 111 222');
  await page.getByLabel('Contraseña', { exact: true }).fill('correct horse battery');
  await page.getByLabel('Repite la contraseña').fill('correct horse battery');
  await page.getByRole('button', { name: 'Crear cuenta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Revisa tu correo' })).toBeVisible();

  await page.goto(await waitForLink(email, '/verify-email'));
  await expect(page.getByText('Tu email está confirmado. Ya puedes iniciar sesión.')).toBeVisible();
  await page.getByRole('link', { name: 'Ir a iniciar sesión' }).click();

  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Contraseña').fill('correct horse battery');
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();

  await expect(page).toHaveURL(/\/book$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Reserva tu tratamiento' })).toBeVisible();
  const name = page.getByRole('link', { name: 'Lucía García' });
  await expect(name).toBeVisible();
  await name.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mi portal' })).toBeVisible();
  await expect(page.getByText('Hola, Lucía.')).toBeVisible();
});
