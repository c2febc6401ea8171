import { expect, test } from './support/test';
import { expectAccessible } from './support/booking';
import { expectFitsPhone, logInAsAdminTo } from './support/staff';

// The subscription carries a unique name so reruns and other specs sharing the host never collide with it; the
// spec disables it at the end, so the events other specs cause are not sent anywhere.

test.describe('integrations', () => {
  test('an admin subscribes a webhook on a phone, sees its secret once, rotates it and disables the subscription', async ({ page }) => {
    const name = `CRM de prueba ${Date.now()}`;
    await page.setViewportSize({ width: 360, height: 800 });
    await logInAsAdminTo(page, '/admin/integrations');
    await expect(page.getByRole('heading', { level: 1, name: 'Integraciones' })).toBeVisible();

    const subscriptions = page.getByRole('region', { name: 'Suscripciones' });
    await subscriptions.getByRole('button', { name: 'Crear suscripción' }).click();
    await expect(subscriptions.getByText('Elige al menos un evento.')).toBeVisible();
    await expect(subscriptions.getByLabel('Nombre', { exact: true })).toBeFocused();

    await subscriptions.getByLabel('Nombre', { exact: true }).fill(name);
    await subscriptions.getByLabel('Dirección (URL)').fill('http://crm.example.com/hooks');
    await subscriptions.getByLabel('appointment.booked').check();
    await subscriptions.getByLabel('patient.created').check();
    await subscriptions.getByRole('button', { name: 'Crear suscripción' }).click();
    // The server's rule: webhooks go to https:// only.
    await expect(subscriptions.getByText('The URL must use https://.')).toBeVisible();

    await subscriptions.getByLabel('Dirección (URL)').fill('https://crm.example.com/hooks');
    await subscriptions.getByRole('button', { name: 'Crear suscripción' }).click();
    const shown = subscriptions.getByRole('group', { name: `Secreto de firma de «${name}»` });
    const secret = await shown.getByLabel('Secreto').inputValue();
    expect(secret).toMatch(/^whsec_/);
    await expectFitsPhone(page);
    await expectAccessible(page);
    await shown.getByRole('button', { name: 'Ya lo he guardado' }).click();
    await expect(shown).toHaveCount(0);

    await page.reload();
    const card = page.getByRole('region', { name: 'Suscripciones' }).getByRole('article', { name });
    await expect(card.getByText('appointment.booked, patient.created')).toBeVisible();
    await expect(card.getByText(secret.slice(0, 10) + '…')).toBeVisible();
    await expect(page.getByText(secret)).toHaveCount(0);

    await card.getByRole('button', { name: 'Cambiar el secreto' }).click();
    await card.getByLabel('El secreto anterior sigue firmando durante').selectOption('72');
    await card.getByRole('button', { name: 'Cambiar el secreto' }).click();
    const rotated = page.getByRole('group', { name: `Secreto de firma de «${name}»` });
    const newSecret = await rotated.getByLabel('Secreto').inputValue();
    expect(newSecret).not.toBe(secret);
    await expect(card.getByText(/el anterior también firma hasta/)).toBeVisible();
    await rotated.getByRole('button', { name: 'Ya lo he guardado' }).click();

    await card.getByRole('button', { name: 'Desactivar' }).click();
    await expect(page.getByText(`Se ha desactivado «${name}»: no se le enviará nada.`)).toBeVisible();
    await expect(card.getByRole('button', { name: 'Activar' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Registro de entregas' })).toBeVisible();
    await expectFitsPhone(page);
    await expectAccessible(page);
  });
});
