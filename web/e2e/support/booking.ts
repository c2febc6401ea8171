import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { waitForLink } from './mailbox';

// Steps of the patient booking flow shared by the specs that need a booked appointment.

export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target) }));
  expect(blocking).toEqual([]);
}

export async function chooseServices(page: Page, services: string[]) {
  await page.goto('/book');
  for (const service of services) await page.getByRole('button', { name: `Reservar ${service}` }).click();
  await expect(page.getByText(services.length === 1 ? '1 servicio seleccionado' : `${services.length} servicios seleccionados`)).toBeVisible();
  await page.getByRole('region', { name: 'Tu selección' }).getByRole('button', { name: 'Continuar' }).click();
}

export async function chooseMadridAnd(page: Page, provider: string) {
  await expect(page.getByText('Paso 2 de 5')).toBeVisible();
  await page.getByRole('radio', { name: /Lumina Madrid · Salamanca/ }).check();
  await page.getByRole('radio', { name: new RegExp(provider) }).check();
  await page.getByRole('button', { name: 'Continuar' }).click();
  await expect(page.getByText('Paso 3 de 5')).toBeVisible();
}

/** The first day with free times (this month or the next), selected; returns its yyyy-MM-dd. */
export async function chooseFirstFreeDay(page: Page): Promise<string> {
  const grid = page.getByRole('grid');
  await expect(grid).toHaveAttribute('aria-busy', 'false');
  const freeDays = page.locator('.calendar__day[aria-disabled="false"]');
  if ((await freeDays.count()) === 0) {
    await page.getByRole('button', { name: 'Mes siguiente' }).click();
    await expect(grid).toHaveAttribute('aria-busy', 'false');
  }
  const day = freeDays.first();
  const date = (await day.getAttribute('data-date'))!;
  await day.click();
  return date;
}

/** Registers through /register, confirms the email from the real mailbox and logs in through /login. */
export async function registerAndLogIn(page: Page, patient: { firstName: string; lastName: string; email: string; phone: string }) {
  await page.goto('/register');
  await page.getByLabel('Nombre', { exact: true }).fill(patient.firstName);
  await page.getByLabel('Apellidos').fill(patient.lastName);
  await page.getByLabel('Email', { exact: true }).fill(patient.email);
  await page.getByLabel('Teléfono (opcional)').fill(patient.phone);
  await page.getByLabel('Contraseña', { exact: true }).fill('correct horse battery');
  await page.getByLabel('Repite la contraseña').fill('correct horse battery');
  await page.getByRole('button', { name: 'Crear cuenta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Revisa tu correo' })).toBeVisible();
  await page.goto(await waitForLink(patient.email, '/verify-email'));
  await expect(page.getByText('Tu email está confirmado. Ya puedes iniciar sesión.')).toBeVisible();
  await page.goto('/login');
  await page.getByLabel('Email', { exact: true }).fill(patient.email);
  await page.getByLabel('Contraseña').fill('correct horse battery');
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
}
