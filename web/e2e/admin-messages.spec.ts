import { expect, test, type Page } from './support/test';
import { expectAccessible } from './support/booking';
import { hostToday } from './support/clock';
import { antiforgeryHeaders, logInAsAdminTo } from './support/staff';


/** A patient of this test's own (so no other spec's messages match), booked tomorrow in Madrid: Notifications confirms by email and SMS. */
async function bookNewPatient(page: Page) {
  const headers = await antiforgeryHeaders(page);
  const unique = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const email = `mensajes.${unique}@example.com`;
  const phone = `+346${unique.slice(-8)}`;
  const created = await page.request.post('/api/admin/patients', {
    headers,
    data: { firstName: 'Noelia', lastName: `Mensajes ${unique.slice(-4)}`, email, phone, birthDate: null, address: null, preferredLanguage: 'es', marketingConsent: false },
  });
  expect(created.status(), await created.text()).toBe(201);
  const patient = await created.json();

  const catalog = await (await page.request.get('/api/admin/catalog')).json();
  const madrid = catalog.locations.find((l: { name: string }) => l.name.includes('Madrid'));
  const service = catalog.services.find((s: { name: string }) => s.name === 'Limpieza facial profunda');
  const carmen = catalog.providers.find((p: { displayName: string }) => p.displayName === 'Carmen Ruiz');
  const day = hostToday(madrid.timeZone).add({ days: 2 });
  // Staff booking ignores working hours but not double booking: take the first free time.
  for (const hour of [7, 9, 11, 14, 17, 20, 22]) {
    const startsAt = day.toPlainDateTime({ hour, minute: 50 }).toZonedDateTime(madrid.timeZone).toString({ timeZoneName: 'never' });
    const response = await page.request.post('/api/admin/appointments', {
      headers,
      data: { patientId: patient.profile.id, locationId: madrid.id, providerId: carmen.id, serviceIds: [service.id], startsAt, notes: 'Prueba e2e de mensajes' },
    });
    if (response.status() === 201) return { email, phone, name: `${patient.profile.firstName} ${patient.profile.lastName}` };
    expect(response.status(), await response.text()).toBe(409);
  }
  throw new Error('No free time for Carmen Ruiz in Madrid');
}

test.describe('staff messages', () => {
  test('an admin finds the confirmation a booking sent, reads it, and the page is accessible', async ({ page }) => {
    test.setTimeout(90_000);
    await logInAsAdminTo(page, '/admin/messages', 'Mensajes');
    await expect(page.getByRole('link', { name: 'Mensajes' })).toHaveAttribute('aria-current', 'page');
    const patient = await bookNewPatient(page);

    await page.getByLabel('Mostrar mensajes').selectOption({ label: 'Todos los mensajes' });
    await page.getByLabel('Destinatario (email o teléfono)').fill(patient.email);
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    await expect(page).toHaveURL(/view=all/);

    // The delivery worker sends within seconds: reload (the filters are in the address) until it has.
    const card = page.getByRole('list', { name: 'Mensajes' }).getByRole('listitem').filter({ hasText: 'Confirmación de cita · Email' });
    await expect(async () => {
      await page.reload();
      await expect(card.getByText('Enviado', { exact: true })).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await expect(card.getByText(patient.name, { exact: true })).toBeVisible();
    await expect(card.getByText(patient.email, { exact: true })).toBeVisible();
    await expectAccessible(page);

    await card.getByRole('button', { name: /^Ver detalle/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Detalle del mensaje' });
    await expect(dialog.getByText('Incluye la invitación de calendario (.ics).')).toBeVisible();
    await expect(dialog.locator('pre')).toContainText('Limpieza facial profunda');
    await expect(dialog.getByRole('button', { name: 'Reintentar ahora' })).toHaveCount(0);
    await expectAccessible(page);
    // axe cannot look inside the preview's script-less sandbox, so it is checked before the preview is drawn.
    await dialog.getByRole('button', { name: 'Ver el email como lo recibió el paciente' }).click();
    await expect(dialog.getByTitle('Vista del email')).toBeVisible();
    await expect(dialog.frameLocator('iframe').locator('body')).toContainText('Limpieza facial profunda');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);

    // The SMS confirmation went to the patient's phone; staff may type it the way people write it.
    await page.getByLabel('Canal').selectOption({ label: 'SMS' });
    const national = patient.phone.slice(3).replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3');
    await page.getByLabel('Destinatario (email o teléfono)').fill(national);
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    await expect(page).toHaveURL(/channel=Sms/);
    const sms = page.getByRole('list', { name: 'Mensajes' }).getByRole('listitem').filter({ hasText: 'Confirmación de cita · SMS' });
    await expect(async () => {
      await page.reload();
      await expect(sms.getByText('Enviado', { exact: true })).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await expect(sms.getByText(patient.phone, { exact: true })).toBeVisible();

    // On a phone the log reads as cards, with nothing wider than the screen.
    await page.setViewportSize({ width: 360, height: 800 });
    await expect(sms.getByRole('button', { name: /^Ver detalle/ })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await sms.getByRole('button', { name: /^Ver detalle/ }).click();
    const smsDialog = page.getByRole('dialog', { name: 'Detalle del mensaje' });
    await expect(smsDialog.locator('pre')).toContainText('Lumina Madrid');
    expect(await smsDialog.evaluate((dialog) => dialog.scrollWidth <= dialog.clientWidth)).toBe(true);
    await expectAccessible(page);
  });

  test('an admin changes when reminders go out and the change is still there after a reload', async ({ page }) => {
    test.setTimeout(60_000);
    await logInAsAdminTo(page, '/admin/messages', 'Mensajes');
    const original = await (await page.request.get('/api/admin/notifications/settings/reminders')).json();
    const reminders = page.getByRole('region', { name: 'Recordatorios de cita' });
    try {
      await expect(reminders.getByRole('button', { name: 'Guardar recordatorios' })).toBeVisible();
      // Start from one known reminder, whatever the demo had.
      for (let count = await reminders.getByRole('group').count(); count > 0; count--) {
        await reminders.getByRole('button', { name: `Quitar el recordatorio ${count}` }).click();
      }
      await reminders.getByRole('button', { name: 'Añadir recordatorio' }).click();
      const first = reminders.getByRole('group', { name: 'Recordatorio 1' });

      // Nothing to send it by: the error sits next to the channels and nothing is saved.
      await first.getByLabel('Horas antes de la cita').fill('0');
      await first.getByLabel('Por email').uncheck();
      await reminders.getByRole('button', { name: 'Guardar recordatorios' }).click();
      await expect(first.getByText('Escribe un número entero de horas entre 1 y 720.')).toBeVisible();
      await expect(first.getByText('Elige email, SMS o ambos.')).toBeVisible();
      await expect(first.getByLabel('Horas antes de la cita')).toBeFocused();
      await expectAccessible(page);

      await first.getByLabel('Horas antes de la cita').fill('36');
      await first.getByLabel('Por SMS').check();
      await reminders.getByRole('button', { name: 'Añadir recordatorio' }).click();
      const second = reminders.getByRole('group', { name: 'Recordatorio 2' });
      await second.getByLabel('Horas antes de la cita').fill('3');
      await reminders.getByRole('button', { name: 'Guardar recordatorios' }).click();
      await expect(reminders.getByRole('status')).toHaveText('Recordatorios guardados.');

      await page.reload();
      await expect(reminders.getByRole('group')).toHaveCount(2);
      await expect(reminders.getByRole('group', { name: 'Recordatorio 1' }).getByLabel('Horas antes de la cita')).toHaveValue('36');
      await expect(reminders.getByRole('group', { name: 'Recordatorio 1' }).getByLabel('Por email')).not.toBeChecked();
      await expect(reminders.getByRole('group', { name: 'Recordatorio 1' }).getByLabel('Por SMS')).toBeChecked();
      await expect(reminders.getByRole('group', { name: 'Recordatorio 2' }).getByLabel('Horas antes de la cita')).toHaveValue('3');
      await expect(reminders.getByRole('group', { name: 'Recordatorio 2' }).getByLabel('Por email')).toBeChecked();
    } finally {
      // Other specs book with the demo's reminders: put them back.
      const restored = await page.request.put('/api/admin/notifications/settings/reminders', { headers: await antiforgeryHeaders(page), data: original });
      expect(restored.status()).toBe(200);
    }
  });
});
