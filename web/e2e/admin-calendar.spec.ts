import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test';
import { hostToday } from './support/clock';
import { antiforgeryHeaders, logInAsAdminTo } from './support/staff';


/** Books through the staff API with the browser's own session cookie and antiforgery token, as the SPA does. */
async function bookTomorrowInMadrid(page: Page) {
  const api = page.request;
  const headers = await antiforgeryHeaders(page);

  const catalog = await (await api.get('/api/admin/catalog')).json();
  const madrid = catalog.locations.find((l: { name: string }) => l.name.includes('Madrid'));
  const service = catalog.services.find((s: { name: string }) => s.name === 'Limpieza facial profunda');
  const marta = catalog.providers.find((p: { displayName: string }) => p.displayName === 'Marta Sánchez');
  const patients = await (await api.get('/api/admin/patients?limit=5')).json();
  const patient = patients[0].profile;

  const day = hostToday(madrid.timeZone).add({ days: 1 });
  // Staff booking ignores working hours but not double booking: take the first free hour.
  for (const hour of [8, 9, 12, 15, 18, 20]) {
    const startsAt = day.toPlainDateTime({ hour }).toZonedDateTime(madrid.timeZone).toString({ timeZoneName: 'never' });
    const response = await api.post('/api/admin/appointments', {
      headers,
      data: { patientId: patient.id, locationId: madrid.id, providerId: marta.id, serviceIds: [service.id], startsAt, notes: 'Prueba e2e' },
    });
    if (response.status() === 201) {
      return { locationId: madrid.id as string, date: day.toString(), hour, patientName: `${patient.firstName} ${patient.lastName}` };
    }
    expect(response.status(), await response.text()).toBe(409);
  }
  throw new Error('No free hour tomorrow for Marta Sánchez in Madrid');
}

test.describe('staff calendar', () => {
  test('an admin opens tomorrow’s appointment in the calendar, starts it and completes it', async ({ page }) => {
    test.setTimeout(60_000);
    await logInAsAdminTo(page, '/admin', 'Agenda');
    const booked = await bookTomorrowInMadrid(page);

    await page.goto(`/admin?location=${booked.locationId}&date=${booked.date}&view=day`);
    await expect(page.getByText('Horario de Lumina Madrid · Salamanca (zona horaria Europe/Madrid).')).toBeVisible();
    // The view switch reads as proper Spanish (FullCalendar's own would say "Vista del semana").
    await expect(page.getByRole('tab', { name: 'Vista de la semana' })).toBeVisible();
    // FullCalendar renders each event as a button named by its text: time, patient, services, provider, status.
    const event = page.getByRole('button', { name: `${booked.hour}:00–${booked.hour + 1}:00 ${booked.patientName} · Limpieza facial profunda · Marta Sánchez` });
    await expect(event).toContainText('Reservada');

    await event.click();
    const dialog = page.getByRole('dialog', { name: 'Detalle de la cita' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText(booked.patientName)).toBeVisible();
    await expect(dialog.getByText('Reservada')).toBeVisible();

    await dialog.getByRole('button', { name: 'Iniciar cita' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Cita iniciada.');
    await expect(dialog.getByText('En curso', { exact: true })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Iniciar cita' })).toHaveCount(0);

    await dialog.getByRole('button', { name: 'Completar cita' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Cita completada.');
    await expect(dialog.getByText('Completada', { exact: true })).toBeVisible();
    await expect(dialog.getByRole('group', { name: 'Acciones de la cita' })).toHaveCount(0);

    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(event).toContainText('Completada');
  });

  test('the calendar and the appointment dialog have no serious or critical accessibility violations', async ({ page }) => {
    test.setTimeout(60_000);
    await logInAsAdminTo(page, '/admin', 'Agenda');
    const booked = await bookTomorrowInMadrid(page);
    await page.goto(`/admin?location=${booked.locationId}&date=${booked.date}`);
    const event = page.getByRole('button', { name: new RegExp(`^${booked.hour}:00–.*${booked.patientName}`) });
    await expect(event).toBeVisible();

    expect(await blockingViolations(page)).toEqual([]);

    await event.click();
    await expect(page.getByRole('dialog').getByRole('button', { name: 'Iniciar cita' })).toBeVisible();
    expect(await blockingViolations(page)).toEqual([]);
  });

  test('an admin books on a patient’s behalf through the New appointment dialog and sees it in the day view', async ({ page }) => {
    test.setTimeout(90_000);
    await logInAsAdminTo(page, '/admin', 'Agenda');
    const catalog = await (await page.request.get('/api/admin/catalog')).json();
    const madrid = catalog.locations.find((l: { name: string }) => l.name.includes('Madrid'));
    const day = hostToday(madrid.timeZone).add({ days: 1 });

    await page.getByRole('button', { name: 'Nueva cita' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nueva cita' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Buscar paciente')).toBeFocused();
    await dialog.getByLabel('Buscar paciente').fill('Molina');
    await dialog.getByRole('radio', { name: /Javier Molina/ }).check();
    await expect(dialog.getByText('javier.molina@example.com')).toBeVisible();
    await dialog.getByLabel('Centro').selectOption({ label: 'Lumina Madrid · Salamanca' });
    await dialog.getByLabel('Profesional').selectOption({ label: 'Carmen Ruiz' });
    await dialog.getByRole('checkbox', { name: /Limpieza facial profunda/ }).check();
    await dialog.getByLabel('Fecha').fill(day.toString());
    await dialog.getByLabel('Notas (opcional)').fill('Reserva telefónica (e2e)');
    expect(await blockingViolations(page)).toEqual([]);

    // Staff may book outside working hours but never on top of another appointment: take the first free time.
    let hour: number | undefined;
    for (const candidate of [7, 10, 13, 16, 19, 21]) {
      await dialog.getByLabel('Hora').fill(`${String(candidate).padStart(2, '0')}:35`);
      await dialog.getByRole('button', { name: 'Crear la cita' }).click();
      const taken = dialog.getByText('Esa hora ya está ocupada para este profesional.');
      const details = page.getByRole('dialog', { name: 'Detalle de la cita' });
      await expect(taken.or(details)).toBeVisible();
      if (await details.isVisible()) {
        hour = candidate;
        break;
      }
    }
    expect(hour, 'a free time tomorrow for Carmen Ruiz').toBeDefined();

    const details = page.getByRole('dialog', { name: 'Detalle de la cita' });
    await expect(details.getByText('Javier Molina')).toBeVisible();
    await expect(details.getByText('Reserva telefónica (e2e)')).toBeVisible();
    await expect(page.getByText('Cita creada', { exact: true })).toBeAttached();
    await page.keyboard.press('Escape');
    await expect(details).toHaveCount(0);

    await page.goto(`/admin?location=${madrid.id}&date=${day.toString()}&view=day`);
    await expect(
      page.getByRole('button', { name: `${hour}:35–${hour! + 1}:35 Javier Molina · Limpieza facial profunda · Carmen Ruiz` }),
    ).toContainText('Reservada');
  });

  test('a visitor without a staff account is told so and offered the login page', async ({ page }) => {
    await page.goto('/admin');
    await expect(page.getByText('Necesitas una cuenta del equipo de la clínica para ver esta página.')).toBeVisible();
    await page.getByRole('link', { name: 'Inicia sesión con tu cuenta del equipo' }).click();
    await expect(page).toHaveURL(/\/login\?returnTo=%2Fadmin$/);
  });
});

async function blockingViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target) }));
}
