import { expect, test } from './support/test';
import { chooseFirstFreeDay, chooseMadridAnd, expectAccessible } from './support/booking';
import { waitForSmsCode } from './support/sms';
import { expectFitsPhone } from './support/staff';

// Paid bookings (OB8, OB9) against the real host with the development gateway (no publishable key): the card step
// shows the development card form, whose test numbers stand for what a bank would answer.
test.use({ viewport: { width: 360, height: 740 } });

test('a guest books a deposit service: the declined card says why, a good test card pays the deposit', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.goto('/book');
  await page.getByRole('button', { name: 'Reservar Peeling químico' }).click();
  await page.getByRole('region', { name: 'Tu selección' }).getByRole('button', { name: 'Continuar' }).click();
  await chooseMadridAnd(page, 'Primer profesional disponible');
  await chooseFirstFreeDay(page);
  await page.locator('.time-button').first().click();

  await expect(page.getByText('Paso 4 de 5')).toBeVisible();
  await page.getByLabel('Nombre', { exact: true }).fill('Inés');
  await page.getByLabel('Apellidos').fill('Rovira');
  await page.getByLabel('Email', { exact: true }).fill(`ines.${Date.now()}@example.com`);
  await page.getByLabel('Móvil').fill('+34 633 000 003');
  await page.getByRole('button', { name: 'Continuar' }).click();
  await page.getByLabel('Código del SMS').fill(await waitForSmsCode(browser, '+34633000003'));
  await page.getByRole('button', { name: 'Comprobar código' }).click();

  // The patient is told why a card is needed before the card form.
  await expect(page.getByText('Paso 5 de 5')).toBeVisible();
  const cardStep = page.getByRole('region', { name: 'Tu tarjeta' });
  await expect(cardStep).toContainText('Se cobra ahora un depósito de 25,00 €');
  await expect(cardStep).toContainText('Modo de pruebas: no se cobra dinero real.');
  await expectAccessible(page);
  await expectFitsPhone(page);

  // Confirming before the card step is done books nothing and says what is missing.
  await page.getByRole('button', { name: 'Confirmar reserva' }).click();
  await expect(page.getByRole('alert')).toContainText('Añade tu tarjeta antes de confirmar la reserva.');

  await cardStep.getByLabel('Número de tarjeta').fill('4000 0000 0000 0002');
  await cardStep.getByLabel('Caducidad (MM/AA)').fill('12/40');
  await cardStep.getByLabel('Código de seguridad (CVC)').fill('123');
  await cardStep.getByRole('button', { name: 'Comprobar la tarjeta' }).click();
  await expect(cardStep.getByText('Tu banco ha rechazado la tarjeta. Prueba con otra tarjeta.')).toBeVisible();
  await expect(cardStep.getByLabel('Número de tarjeta')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await cardStep.getByLabel('Número de tarjeta').fill('4242 4242 4242 4242');
  await cardStep.getByLabel('Caducidad (MM/AA)').fill('12/40');
  await cardStep.getByLabel('Código de seguridad (CVC)').fill('123');
  await cardStep.getByRole('button', { name: 'Comprobar la tarjeta' }).click();
  await expect(cardStep.getByText('Depósito de 25,00 € autorizado en tu tarjeta Visa ····4242.')).toBeVisible();

  await page.getByRole('button', { name: 'Confirmar reserva' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reserva confirmada' })).toBeVisible();
  await expect(page.getByText('Depósito pagado: 25,00 € con tu tarjeta Visa ····4242.')).toBeVisible();
  await expectAccessible(page);
  await expectFitsPhone(page);
});
