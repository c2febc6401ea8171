import { expect, test } from './support/test';
import { chooseFirstFreeDay, chooseMadridAnd, chooseServices, expectAccessible, registerAndLogIn } from './support/booking';
import { waitForSmsCode } from './support/sms';

// The whole patient booking flow against the real host and demo clinic. Marta Sánchez and Carmen Ruiz
// both perform "Limpieza facial profunda" and "Presoterapia" in Madrid, so that cart is one appointment.

test.describe.serial('booking a treatment as a guest', () => {
  let booked: { date: string; time: string; provider: string };

  test('a guest books a two-service cart with the first available provider, verifying the phone by SMS', async ({ page, browser }) => {
    test.setTimeout(90_000);
    await page.goto('/book');
    await expectAccessible(page);
    await chooseServices(page, ['Limpieza facial profunda', 'Presoterapia']);
    await expectAccessible(page);
    await chooseMadridAnd(page, 'Primer profesional disponible');

    await expect(page.getByText('Todas las horas están en Hora de Madrid (Europe/Madrid).')).toBeVisible();
    const date = await chooseFirstFreeDay(page);
    const firstTime = page.locator('.time-button').first();
    await expect(firstTime).toBeVisible();
    await expectAccessible(page);
    const time = (await firstTime.textContent())!;
    await firstTime.click();

    await expect(page.getByText('Paso 4 de 5')).toBeVisible();
    await expect(page.getByRole('timer')).toBeVisible();
    // A refresh keeps the step, the choices and the held time.
    await page.reload();
    await expect(page.getByText('Paso 4 de 5')).toBeVisible();
    await expect(page.getByRole('timer')).toBeVisible();

    await page.getByRole('button', { name: 'Continuar' }).click();
    await expect(page.getByLabel('Nombre', { exact: true })).toBeFocused();
    await expect(page.getByText('Este campo es obligatorio.')).toHaveCount(4);
    await page.getByLabel('Nombre', { exact: true }).fill('Ana');
    await page.getByLabel('Apellidos').fill('Torres');
    await page.getByLabel('Email', { exact: true }).fill(`ana.${Date.now()}@example.com`);
    await page.getByLabel('Móvil').fill('+34 611 000 001');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Continuar' }).click();

    await expect(page.getByText('Te hemos enviado un código por SMS al +34 611 000 001.')).toBeVisible();
    await page.getByLabel('Código del SMS').fill(await waitForSmsCode(browser, '+34611000001'));
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Comprobar código' }).click();

    await expect(page.getByText('Paso 5 de 5')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Política de cancelación' })).toBeVisible();
    const review = page.locator('.review');
    await expect(review).toContainText('Limpieza facial profunda');
    await expect(review).toContainText('Presoterapia');
    await expect(review).toContainText('Total: 110,00 €');
    await expect(review).toContainText(`${time}`);
    await expect(review).toContainText('Hora de Madrid (Europe/Madrid)');
    await page.getByLabel('Comentarios para la clínica (opcional)').fill('Piel sensible.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Confirmar reserva' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Reserva confirmada' })).toBeVisible();
    await expect(page.getByText('Tu cita está reservada. Te hemos enviado la confirmación por email y por SMS.')).toBeVisible();
    const ics = page.getByRole('link', { name: 'Descargar archivo de calendario (.ics)' });
    const icsUrl = (await ics.getAttribute('href'))!;
    // The Notifications module files the .ics when it handles the booking event (outbox), moments after the booking.
    await expect.poll(async () => (await page.request.get(icsUrl)).status(), { timeout: 20_000 }).toBe(200);
    expect(await (await page.request.get(icsUrl)).text()).toContain('BEGIN:VCALENDAR');
    await expect(page.getByRole('link', { name: /Google Calendar/ })).toHaveAttribute('href', /calendar\.google\.com.*dates=\d{8}T\d{6}Z%2F\d{8}T\d{6}Z/);
    await expect(page.getByRole('link', { name: /Outlook/ })).toHaveAttribute('href', /outlook\.live\.com/);
    await expectAccessible(page);

    const provider = (await page.locator('.summary__facts dd').nth(1).textContent())!;
    booked = { date, time, provider };
  });

  test('the time just booked is no longer offered with that provider on that day', async ({ page }) => {
    await chooseServices(page, ['Limpieza facial profunda', 'Presoterapia']);
    await chooseMadridAnd(page, booked.provider);
    await expect(page.getByRole('grid')).toHaveAttribute('aria-busy', 'false');
    while (!(await page.locator(`[data-date="${booked.date}"]`).isVisible())) await page.getByRole('button', { name: 'Mes siguiente' }).click();
    const day = page.locator(`[data-date="${booked.date}"]`);
    await expect(day).toHaveAttribute('aria-disabled', /true|false/);
    if ((await day.getAttribute('aria-disabled')) === 'true') {
      // Late in the day (or after other specs booked it) that booking took the provider's last free time:
      // the day is then offered as full, which is the same promise.
      await expect(day).toHaveAccessibleName(/sin horas libres/);
      return;
    }
    await day.click();
    await expect(page.getByRole('heading', { name: /Horas libres el/ })).toBeVisible();
    await expect(page.locator('.time-button').first()).toBeVisible();
    await expect(page.locator('.time-button', { hasText: booked.time })).toHaveCount(0);
  });
});

test('a signed-in patient books without typing their details again', async ({ page }) => {
  test.setTimeout(90_000);
  const email = `pablo.${Date.now()}@example.com`;
  await registerAndLogIn(page, { firstName: 'Pablo', lastName: 'Núñez', email, phone: '+34 622 000 002' });
  await expect(page).toHaveURL(/\/book$/);

  await chooseServices(page, ['Limpieza facial profunda', 'Presoterapia']);
  await chooseMadridAnd(page, 'Primer profesional disponible');
  await chooseFirstFreeDay(page);
  await page.locator('.time-button').last().click();

  await expect(page.getByText('Paso 4 de 5')).toBeVisible();
  await expect(page.getByText(`Reservas como Pablo Núñez (${email}).`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cerrar sesión' }).last()).toBeVisible();
  await expect(page.getByLabel('Nombre', { exact: true })).toHaveCount(0);
  await expect(page.getByLabel('Móvil')).toHaveValue(/622/);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Continuar' }).click();

  // No SMS code: the account already proves who is booking.
  await expect(page.getByLabel('Código del SMS')).toHaveCount(0);
  await expect(page.locator('.review')).toContainText(`Pablo Núñez · ${email}`);
  await page.getByRole('button', { name: 'Confirmar reserva' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reserva confirmada' })).toBeVisible();
});

test.describe('in a browser on New York time', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('times are still shown in Madrid time, exactly as the API gives them', async ({ page }) => {
    await page.goto('/book');
    await page.getByRole('button', { name: 'Reservar Limpieza facial profunda' }).click();
    await page.getByRole('region', { name: 'Tu selección' }).getByRole('button', { name: 'Continuar' }).click();
    await page.getByRole('radio', { name: /Lumina Madrid · Salamanca/ }).check();
    await page.getByRole('button', { name: 'Continuar' }).click();

    const search = page.waitForResponse((response) => response.url().includes('/api/availability?'));
    const date = await chooseFirstFreeDay(page);
    const body = (await (await search).json()) as { timeZone: string; days: { date: string; slots: { localTime: string }[] }[] };
    expect(body.timeZone).toBe('Europe/Madrid');
    const expected = body.days.find((day) => day.date === date)!.slots.map((slot) => slot.localTime.slice(0, 5));

    await expect(page.locator('.time-button').first()).toBeVisible();
    expect(await page.locator('.time-button').allTextContents()).toEqual(expected);
    await expect(page.getByText('Todas las horas están en Hora de Madrid (Europe/Madrid).')).toBeVisible();
  });
});
