import { expect, test, type Page } from './support/test';
import { chooseMadridAnd, chooseServices, expectAccessible } from './support/booking';
import { hostToday } from './support/clock';
import { antiforgeryHeaders, expectFitsPhone, logInAsAdminTo } from './support/staff';

// Settings are clinic-wide and every spec shares this host: whatever this spec changes it puts back
// through the API at the end, even when an assertion fails (other specs rely on the demo defaults).


/** PUTs with the browser's own session cookie and antiforgery token, as the SPA does. */
async function put(page: Page, url: string, data: unknown) {
  const response = await page.request.put(url, { headers: await antiforgeryHeaders(page), data });
  expect(response.status(), await response.text()).toBe(200);
}

test.describe('clinic settings', () => {
  test('an admin changes the hold minutes and the cancellation policy; both are kept and patients see them', async ({ page }) => {
    test.setTimeout(120_000);
    await logInAsAdminTo(page, '/admin/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Ajustes' })).toBeVisible();

    const bookingBefore = await (await page.request.get('/api/admin/schedules/booking-settings')).json();
    const policyBefore = await (await page.request.get('/api/catalog/cancellation-policy')).json();
    const policyText = `Puedes cancelar online hasta 48 horas antes (prueba ${Date.now()}).`;

    try {
      const booking = page.getByRole('region', { name: 'Reserva online' });
      const hold = booking.getByLabel('Minutos de reserva temporal');
      await expect(hold).toHaveValue(String(bookingBefore.holdMinutes));
      await hold.fill('1');
      await booking.getByRole('button', { name: 'Guardar' }).click();
      await expect(booking.getByText('Escribe un número entero de minutos entre 2 y 30.')).toBeVisible();
      await expect(hold).toBeFocused();
      await hold.fill('3');
      await expect(booking.getByText('Tienes cambios sin guardar.')).toBeVisible();
      await booking.getByRole('button', { name: 'Guardar' }).click();
      await expect(booking.getByRole('status')).toHaveText('Ajustes de reserva online guardados.');

      const policy = page.getByRole('region', { name: 'Política de cancelación' });
      // The demo clinic starts on the built-in default (version 0) until a policy is published.
      await expect(policy.getByText(policyBefore.version > 0 ? `Versión en vigor: ${policyBefore.version}.` : 'Se aplica la política predeterminada', { exact: false })).toBeVisible();
      await policy.getByLabel('Plazo de aviso (horas antes de la cita)').fill('48');
      await policy.getByLabel('Texto de la política en español').fill(policyText);
      await policy.getByRole('button', { name: 'Guardar' }).click();
      const published = policyBefore.version + 1;
      await expect(policy.getByRole('status')).toHaveText(`Política publicada como versión ${published}. Se aplica a las reservas nuevas.`);
      await expectAccessible(page);

      await page.reload();
      await expect(page.getByRole('region', { name: 'Reserva online' }).getByLabel('Minutos de reserva temporal')).toHaveValue('3');
      const reloaded = page.getByRole('region', { name: 'Política de cancelación' });
      await expect(reloaded.getByText(`Versión en vigor: ${published}.`, { exact: false })).toBeVisible();
      await expect(reloaded.getByLabel('Plazo de aviso (horas antes de la cita)')).toHaveValue('48');
      await expect(reloaded.getByLabel('Texto de la política en español')).toHaveValue(policyText);

      // Patients get the new policy, and a chosen time is now kept for 3 minutes instead of 10.
      expect((await (await page.request.get('/api/catalog/cancellation-policy')).json()).textEs).toBe(policyText);
      await chooseServices(page, ['Limpieza facial profunda', 'Presoterapia']);
      await chooseMadridAnd(page, 'Primer profesional disponible');
      // The month's last free day: the booking specs take the first one and must find it as they expect.
      const grid = page.getByRole('grid');
      await expect(grid).toHaveAttribute('aria-busy', 'false');
      const freeDays = page.locator('.calendar__day[aria-disabled="false"]');
      if ((await freeDays.count()) === 0) {
        await page.getByRole('button', { name: 'Mes siguiente' }).click();
        await expect(grid).toHaveAttribute('aria-busy', 'false');
      }
      await freeDays.last().click();
      await page.locator('.time-button').last().click();
      await expect(page.getByText('Paso 4 de 5')).toBeVisible();
      await expect(page.getByRole('timer')).toHaveText(/^(3:00|2:[0-5]\d)$/);
    } finally {
      await put(page, '/api/admin/schedules/booking-settings', bookingBefore);
      const { version: _version, ...policyFields } = policyBefore;
      await put(page, '/api/admin/schedules/cancellation-policy', policyFields);
    }
  });

  test('the settings page has no serious or critical accessibility violations, on a phone too', async ({ page }) => {
    await logInAsAdminTo(page, '/admin/settings');
    await expect(page.getByRole('region', { name: 'Acceso al portal del paciente' }).getByLabel('Pedir un código por SMS al reservar online')).toBeVisible();
    await expectAccessible(page);
    await page.setViewportSize({ width: 360, height: 780 });
    await expect(page.getByRole('heading', { level: 1, name: 'Ajustes' })).toBeVisible();
    await expectFitsPhone(page);
    await expectAccessible(page);
  });

  test('an admin adds Sunday hours and a day off to a provider’s schedule; both are kept, then removed', async ({ page }) => {
    test.setTimeout(90_000);
    await logInAsAdminTo(page, '/admin/schedules');
    await expect(page.getByRole('heading', { level: 1, name: 'Horarios' })).toBeVisible();
    const locationId = await page.getByLabel('Centro', { exact: true }).inputValue();
    const providerId = await page.getByLabel('Profesional', { exact: true }).inputValue();
    const hoursUrl = `/api/admin/schedules/providers/${providerId}/locations/${locationId}/weekly-hours`;
    const hoursBefore = await (await page.request.get(hoursUrl)).json();
    // Far beyond the booking horizon, so no other spec's availability can notice it.
    const day = hostToday('Europe/Madrid').add({ days: 300 }).toString();
    const reason = `Prueba e2e ${Date.now()}`;

    try {
      const sunday = page.getByRole('group', { name: 'domingo' });
      await sunday.getByRole('button', { name: 'Añadir tramo el domingo' }).click();
      await page.getByLabel('Desde (domingo, tramo 1)').fill('10:00');
      await page.getByLabel('Hasta (domingo, tramo 1)').fill('08:00');
      await page.getByRole('button', { name: 'Guardar horario' }).click();
      await expect(sunday.getByText('La hora de fin debe ser posterior a la de inicio.')).toBeVisible();
      await expect(page.getByLabel('Hasta (domingo, tramo 1)')).toBeFocused();
      await page.getByLabel('Hasta (domingo, tramo 1)').fill('13:30');
      await page.getByRole('button', { name: 'Guardar horario' }).click();
      await expect(page.getByText('Horario semanal guardado.')).toBeVisible();

      const form = page.getByRole('form', { name: 'Añadir' });
      await form.getByLabel('Fecha', { exact: true }).fill(day);
      await form.getByLabel('Motivo (opcional)').fill(reason);
      await form.getByRole('button', { name: 'Añadir' }).click();
      await expect(page.getByText(/^Añadido: Ausencia del profesional el /)).toBeVisible();
      await expectAccessible(page);

      await page.reload();
      await expect(page.getByLabel('Hasta (domingo, tramo 1)')).toHaveValue('13:30');
      const item = page.getByRole('listitem').filter({ hasText: reason });
      await expect(item).toContainText('Ausencia del profesional');
      await expect(item).toContainText('Todo el día');
      await page.setViewportSize({ width: 360, height: 780 });
      await expectFitsPhone(page);
      await expectAccessible(page);

      page.once('dialog', (dialog) => void dialog.accept());
      await item.getByRole('button', { name: /^Quitar Ausencia del profesional del / }).click();
      await expect(page.getByText(/^Quitado: Ausencia del profesional del /)).toBeVisible();
      await expect(page.getByRole('listitem').filter({ hasText: reason })).toHaveCount(0);
    } finally {
      await put(page, hoursUrl, { days: hoursBefore.days });
    }
  });
});
