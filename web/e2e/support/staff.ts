import { expect, type Page } from '@playwright/test';

// The throwaway clinic's first Admin; e2e.mjs gives it a fixed password.
const adminEmail = process.env.CLINIC_ADMIN_EMAIL ?? 'admin@clinica-lumina.test';

/** Signs in as the Admin through the real login page, which then opens `path`; checks its heading when given. */
export async function logInAsAdminTo(page: Page, path: string, heading?: string) {
  const password = process.env.CLINIC_ADMIN_PASSWORD ?? '';
  expect(password, 'CLINIC_ADMIN_PASSWORD is set by web/scripts/e2e.mjs').not.toBe('');
  await page.goto(`/login?returnTo=${encodeURIComponent(path)}`);
  await page.getByLabel('Email', { exact: true }).fill(adminEmail);
  await page.getByLabel('Contraseña').fill(password);
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  if (heading) await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** Headers for an unsafe API call with the browser's own session, carrying its antiforgery token as the SPA does. */
export async function antiforgeryHeaders(page: Page): Promise<Record<string, string>> {
  await page.request.get('/api/account/antiforgery');
  const token = (await page.context().cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value;
  expect(token, 'the antiforgery cookie').toBeTruthy();
  return { 'X-XSRF-TOKEN': decodeURIComponent(token!) };
}

/** Nothing in the page reaches past a 360 px wide screen. */
export async function expectFitsPhone(page: Page) {
  const overflowing = await page.evaluate(() =>
    Array.from(document.querySelectorAll('main *'))
      .filter((element) => element.getBoundingClientRect().right > 360)
      .map((element) => element.outerHTML.slice(0, 80)),
  );
  expect(overflowing).toEqual([]);
}
