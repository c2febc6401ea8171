import { expect, test, type Page } from './support/test';
import { chooseFirstFreeDay, chooseMadridAnd, expectAccessible, registerAndLogIn } from './support/booking';
import { waitForSmsCode } from './support/sms';
import { antiforgeryHeaders, expectFitsPhone, logInAsAdminTo } from './support/staff';

async function put(page: Page, url: string, data: unknown) {
  const response = await page.request.put(url, { headers: await antiforgeryHeaders(page), data });
  expect(response.status(), await response.text()).toBe(200);
}

// Paid bookings (OB8, OB9) against the real host with the development gateway (no publishable key): the card step
// shows the development card form, whose test numbers stand for what a bank would answer.
test.use({ viewport: { width: 360, height: 740 } });
// The second test changes the clinic's policy for a while: the two run one after the other.
test.describe.configure({ mode: 'serial' });

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

test('a late cancel in the portal charges the fee to the card left at booking, and staff refund it', async ({ page, browser }) => {
  test.setTimeout(180_000);
  // Every booking in the next two weeks is inside the window, and cancelling inside it costs 20 €.
  const admin = await (await browser.newContext({ locale: 'es-ES' })).newPage();
  await logInAsAdminTo(admin, '/admin/settings');
  await expect(admin.getByRole('heading', { level: 1, name: 'Ajustes' })).toBeVisible();
  const { version: _version, ...policyBefore } = await (await admin.request.get('/api/catalog/cancellation-policy')).json();
  await put(admin, '/api/admin/schedules/cancellation-policy', {
    ...policyBefore,
    allowOnlineCancellation: true,
    windowHours: 336,
    lateFeeKind: 'Fixed',
    lateFeeAmountMinor: 2000,
    lateFeePercent: 0,
    noShowFeeAmountMinor: 0,
  });

  try {
    const lastName = `Quintana${Date.now()}`;
    await registerAndLogIn(page, { firstName: 'Elena', lastName, email: `elena.${Date.now()}@example.com`, phone: '+34 644 000 004' });
    await expect(page).toHaveURL(/\/book$/);
    await page.getByRole('button', { name: 'Reservar Presoterapia' }).click();
    await page.getByRole('region', { name: 'Tu selección' }).getByRole('button', { name: 'Continuar' }).click();
    await chooseMadridAnd(page, 'Primer profesional disponible');
    await chooseFirstFreeDay(page);
    await page.locator('.time-button').first().click();
    await page.getByRole('button', { name: 'Continuar' }).click();

    const cardStep = page.getByRole('region', { name: 'Tu tarjeta' });
    await expect(cardStep).toContainText('La política de cancelación tiene un cargo si cancelas tarde');
    await expect(cardStep).toContainText('tu banco retendrá 0,50 €');
    await cardStep.getByLabel('Número de tarjeta').fill('4242 4242 4242 4242');
    await cardStep.getByLabel('Caducidad (MM/AA)').fill('12/40');
    await cardStep.getByLabel('Código de seguridad (CVC)').fill('123');
    await cardStep.getByRole('button', { name: 'Comprobar la tarjeta' }).click();
    await expect(cardStep.getByText('Tarjeta Visa ····4242 comprobada. Ya puedes confirmar la reserva.')).toBeVisible();
    await page.getByRole('button', { name: 'Confirmar reserva' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reserva confirmada' })).toBeVisible();

    await page.goto('/portal');
    await page.getByRole('button', { name: /^Cancelar la cita del/ }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Cancelar la cita' });
    await dialog.getByLabel(/^Acepto el cargo de 20,00/).check();
    await dialog.getByRole('button', { name: 'Sí, cancelar la cita' }).click();
    await expect(page.getByRole('status').filter({ hasText: /está cancelada\.$/ })).toBeVisible();

    // The fee is charged through the outbox and the payment worker, moments after the cancellation.
    const payments = page.getByRole('list', { name: 'Mis pagos' });
    await expect(async () => {
      await page.reload();
      await expect(payments.locator('li').filter({ hasText: 'Cargo por cancelación tardía' })).toContainText('Pagado', { timeout: 2_000 });
    }).toPass({ timeout: 45_000 });
    await expect(page.getByRole('list', { name: 'Mis tarjetas' })).toContainText('Visa ····4242');
    await expectAccessible(page);
    await expectFitsPhone(page);

    await admin.goto('/admin/payments');
    await expect(admin.getByRole('heading', { level: 1, name: 'Pagos' })).toBeVisible();
    const fee = admin.locator('.payment-list__item').filter({ hasText: lastName }).filter({ hasText: 'cargo por cancelación tardía' });
    await expect(fee).toContainText('Cobrado');
    await fee.getByRole('button', { name: /^Devolver cargo por cancelación tardía de 20,00/ }).click();
    await fee.getByRole('form', { name: 'Devolver' }).getByLabel('Motivo').fill('La paciente avisó por teléfono a tiempo');
    await fee.getByRole('button', { name: 'Confirmar la devolución' }).click();
    await expect(fee).toContainText('devuelto 20,00');
    await expectAccessible(admin);

    await page.reload();
    await expect(payments.locator('li').filter({ hasText: 'Cargo por cancelación tardía' })).toContainText('Devuelto: 20,00');
  } finally {
    await put(admin, '/api/admin/schedules/cancellation-policy', policyBefore);
  }
});
