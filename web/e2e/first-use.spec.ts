import { expect, test, type Page } from './support/test';
import { hostToday } from './support/clock';
import { chooseMadridAnd, chooseServices, expectAccessible, registerAndLogIn } from './support/booking';
import { antiforgeryHeaders, logInAsAdminTo } from './support/staff';

// What new users hit on first use (issue #18), on a phone and on a laptop.

const viewports = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'laptop', viewport: { width: 1366, height: 768 } },
] as const;

const service = 'Limpieza facial profunda';
const provider = 'Marta Sánchez';

interface Slot {
  localTime: string;
  startsAt: string;
}

/** The first bookable day for Marta's facial in Madrid, from the public availability the booking page reads. */
async function firstFreeDay(page: Page) {
  const catalog = await (await page.request.get('/api/admin/catalog')).json();
  const madrid = catalog.locations.find((l: { name: string }) => l.name.includes('Madrid'));
  const facial = catalog.services.find((s: { name: string }) => s.name === service);
  const marta = catalog.providers.find((p: { displayName: string }) => p.displayName === provider);
  const from = hostToday(madrid.timeZone);
  const to = from.add({ days: 40 });
  const url = `/api/availability?locationId=${madrid.id}&serviceIds=${facial.id}&providerId=${marta.id}&from=${from}&to=${to}`;
  const days: { date: string; slots: Slot[] }[] = (await (await page.request.get(url)).json()).days;
  const day = days.find((d) => d.slots.length >= 3)!;
  expect(day, 'a day with free times for Marta within 40 days').toBeTruthy();
  return { madrid, facial, marta, day };
}

/** Opens the month holding `date` on the time step and selects the day. */
async function openDay(page: Page, date: string) {
  const grid = page.getByRole('grid');
  for (let months = 0; months < 3; months++) {
    await expect(grid).toHaveAttribute('aria-busy', 'false');
    const day = page.locator(`.calendar__day[data-date="${date}"]`);
    if ((await day.count()) > 0) {
      await day.click();
      return;
    }
    await page.getByRole('button', { name: 'Mes siguiente' }).click();
  }
  throw new Error(`${date} is not shown`);
}

for (const { name, viewport } of viewports) {
  test.describe(`first use on a ${name}`, () => {
    test.use({ viewport });

    test('item 1: a visit completed before its end leaves no phantom times — every offered time can be held', async ({ page }) => {
      test.setTimeout(240_000);
      await logInAsAdminTo(page, '/admin', 'Agenda');
      const { madrid, facial, marta, day } = await firstFreeDay(page);
      const taken = day.slots[1];
      const headers = await antiforgeryHeaders(page);
      const patients = await (await page.request.get('/api/admin/patients?limit=5')).json();
      const booked = await page.request.post('/api/admin/appointments', {
        headers,
        data: { patientId: patients[0].profile.id, locationId: madrid.id, providerId: marta.id, serviceIds: [facial.id], startsAt: taken.startsAt, notes: 'e2e #18' },
      });
      expect(booked.status(), await booked.text()).toBe(201);
      const appointment = await booked.json();
      // The front desk starts it on purpose ahead of time (the override asks for a reason) and completes it at once.
      expect((await page.request.post(`/api/admin/appointments/${appointment.id}/start-early`, { headers, data: { reason: 'e2e: llegó antes' } })).status()).toBe(200);
      expect((await page.request.post(`/api/admin/appointments/${appointment.id}/complete`, { headers })).status()).toBe(200);

      await chooseServices(page, [service]);
      await chooseMadridAnd(page, provider);
      await openDay(page, day.date);
      const times = page.locator('.time-button');
      await expect(times.first()).toBeVisible();
      await expect(page.locator('.time-button', { hasText: new RegExp(`^${taken.localTime}$`) })).toHaveCount(0);
      await expectAccessible(page);

      // Every time still offered that day can be held: holding one goes on to the details step, never "someone just booked it".
      const offered = await times.allTextContents();
      for (const time of offered) {
        await page.locator('.time-button', { hasText: new RegExp(`^${time}$`) }).click();
        await expect(page.getByText('Paso 4 de 5')).toBeVisible();
        await expect(page.getByText('Alguien acaba de reservar esa hora')).toHaveCount(0);
        await page.getByRole('button', { name: 'Atrás' }).first().click();
        await expect(page.getByText('Paso 3 de 5')).toBeVisible();
        await openDay(page, day.date);
      }
    });

    test('item 3: a cancelled upcoming appointment is listed as cancelled, not as a past visit', async ({ page }) => {
      test.setTimeout(150_000);
      const email = `cancel.${name}.${Date.now()}@example.com`;
      await registerAndLogIn(page, { firstName: 'Noa', lastName: 'Prieto', email, phone: name === 'phone' ? '+34 633 000 101' : '+34 633 000 102' });
      await expect(page).toHaveURL(/\/book$/);
      await chooseServices(page, [service, 'Presoterapia']);
      await chooseMadridAnd(page, 'Primer profesional disponible');
      const grid = page.getByRole('grid');
      await expect(grid).toHaveAttribute('aria-busy', 'false');
      // Next month: far enough ahead that the demo policy lets the patient cancel online.
      await page.getByRole('button', { name: 'Mes siguiente' }).click();
      await expect(grid).toHaveAttribute('aria-busy', 'false');
      await page.locator('.calendar__day[aria-disabled="false"]').last().click();
      await page.locator('.time-button').first().click();
      await expect(page.getByText('Paso 4 de 5')).toBeVisible();
      await page.getByRole('button', { name: 'Continuar' }).click();
      await page.getByRole('button', { name: 'Confirmar reserva' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Reserva confirmada' })).toBeVisible();

      await page.goto('/portal');
      const upcoming = page.getByRole('region', { name: 'Próximas citas' });
      await upcoming.getByRole('button', { name: /^Cancelar la cita del/ }).click();
      await page.getByRole('dialog', { name: 'Cancelar la cita' }).getByRole('button', { name: 'Sí, cancelar la cita' }).click();
      await expect(page.getByRole('status').filter({ hasText: /está cancelada\.$/ })).toBeVisible();

      const cancelled = page.getByRole('region', { name: 'Citas canceladas' });
      await expect(cancelled.locator('.appointment-card')).toHaveCount(1);
      await expect(cancelled.locator('.appointment-card__label')).toHaveText('Cancelada');
      const past = page.getByRole('region', { name: 'Citas pasadas' });
      await expect(past).toContainText('Todavía no tienes citas pasadas.');
      await expect(past.getByText('Pasada', { exact: true })).toHaveCount(0);
      await expect(upcoming).toContainText('No tienes citas próximas.');
      await expectAccessible(page);

      // Still so after a reload, from the server's lists.
      await page.reload();
      await expect(page.getByRole('region', { name: 'Citas canceladas' }).locator('.appointment-card__label')).toHaveText('Cancelada');
      await expect(page.getByRole('region', { name: 'Citas pasadas' })).toContainText('Todavía no tienes citas pasadas.');
    });
  });
}
