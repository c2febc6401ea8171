import { expect, test, type Page } from './support/test';
import { chooseMadridAnd, chooseServices, expectAccessible, registerAndLogIn } from './support/booking';

// A patient manages their own appointment from the portal: it was booked far enough ahead (the demo policy
// closes online changes 24 hours before) that both moving it and cancelling it are allowed online.

/** Moves the calendar on a month and picks the free day at `position` ('first' or 'last'); returns its yyyy-MM-dd. */
async function chooseDayNextMonth(page: Page, position: 'first' | 'last'): Promise<string> {
  const grid = page.getByRole('grid');
  await expect(grid).toHaveAttribute('aria-busy', 'false');
  await page.getByRole('button', { name: 'Mes siguiente' }).click();
  await expect(grid).toHaveAttribute('aria-busy', 'false');
  const freeDays = page.locator('.calendar__day[aria-disabled="false"]');
  const day = position === 'first' ? freeDays.first() : freeDays.last();
  const date = (await day.getAttribute('data-date'))!;
  await day.click();
  return date;
}

test('a patient sees a booked treatment in the portal, moves it to another time and cancels it', async ({ page }) => {
  test.setTimeout(120_000);
  await registerAndLogIn(page, { firstName: 'Irene', lastName: 'Soler', email: `irene.${Date.now()}@example.com`, phone: '+34 633 000 003' });
  await expect(page).toHaveURL(/\/book$/);

  await chooseServices(page, ['Limpieza facial profunda', 'Presoterapia']);
  await chooseMadridAnd(page, 'Primer profesional disponible');
  await chooseDayNextMonth(page, 'last');
  const bookedTime = (await page.locator('.time-button').first().textContent())!;
  await page.locator('.time-button').first().click();
  await expect(page.getByText('Paso 4 de 5')).toBeVisible();
  await page.getByRole('button', { name: 'Continuar' }).click();
  await page.getByRole('button', { name: 'Confirmar reserva' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reserva confirmada' })).toBeVisible();

  await page.goto('/portal');
  const upcoming = page.getByRole('region', { name: 'Próximas citas' });
  const past = page.getByRole('region', { name: 'Citas pasadas' });
  const card = upcoming.locator('.appointment-card');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('Próxima');
  await expect(card).toContainText(bookedTime);
  await expect(card).toContainText('Hora de Madrid (Europe/Madrid)');
  await expect(card).toContainText('Lumina Madrid · Salamanca');
  await expect(card).toContainText('Limpieza facial profunda, Presoterapia');
  const calendarUrl = (await card.getByRole('link', { name: /^Añadir al calendario/ }).getAttribute('href'))!;
  // The Notifications module files the .ics moments after the booking (outbox).
  await expect.poll(async () => (await page.request.get(calendarUrl)).status(), { timeout: 20_000 }).toBe(200);
  await expect(past).toContainText('Todavía no tienes citas pasadas.');
  await expectAccessible(page);
  // Phones: the cards fit 360 px without sideways scrolling.
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 720 });

  await card.getByRole('button', { name: /^Cambiar la fecha de la cita del/ }).click();
  await expect(card.getByRole('heading', { name: 'Elige una nueva fecha' })).toBeFocused();
  await chooseDayNextMonth(page, 'first');
  const newSlot = card.locator('.time-button').last();
  await expect(newSlot).toBeVisible();
  const newTime = (await newSlot.textContent())!;
  await newSlot.click();
  await expect(card.getByText(/Reservamos para ti el .* durante unos minutos\./)).toBeVisible();
  await expectAccessible(page);
  await card.getByRole('button', { name: 'Confirmar el cambio' }).click();

  await expect(page.getByRole('status').filter({ hasText: /^Tu cita ahora es el .*/ })).toContainText(newTime);
  await expect(card.locator('.appointment-card__when')).toContainText(newTime);
  await expect(card.getByRole('heading', { name: 'Elige una nueva fecha' })).toHaveCount(0);
  await expect(card.getByRole('button', { name: /^Cambiar la fecha de la cita del/ })).toBeFocused();

  await card.getByRole('button', { name: /^Cancelar la cita del/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancelar la cita' });
  await expect(dialog.getByRole('heading', { name: 'Política de cancelación' })).toBeVisible();
  await expectAccessible(page);
  await dialog.getByLabel('Motivo (opcional)').fill('Me ha surgido un viaje.');
  await dialog.getByRole('button', { name: 'Sí, cancelar la cita' }).click();

  await expect(page.getByRole('status').filter({ hasText: /está cancelada\.$/ })).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Mis citas' })).toBeFocused();
  await expect(upcoming).toContainText('No tienes citas próximas.');
  const cancelled = past.locator('.appointment-card');
  await expect(cancelled).toHaveCount(1);
  await expect(cancelled).toContainText('Pasada');
  await expect(cancelled).toContainText('Cancelada');
  await expect(cancelled).toContainText(newTime);
  await expectAccessible(page);
});
