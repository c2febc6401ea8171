import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/test';

// Runs against the real host with the seeded demo clinic (see playwright.config.ts).
test.describe('booking page', () => {
  test('lists the demo services and switches to English', async ({ page }) => {
    await page.goto('/book');

    await expect(page.getByRole('heading', { level: 1, name: 'Reserva tu tratamiento' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Tratamientos faciales' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Limpieza facial profunda' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reservar Limpieza facial profunda' })).toBeVisible();

    await page.getByLabel('Idioma').selectOption('en');

    await expect(page.getByRole('heading', { level: 1, name: 'Book a treatment' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Book now Limpieza facial profunda' })).toBeVisible();
  });

  test('names the page and the clinic in the tab, in the active language', async ({ page }) => {
    await page.goto('/book');
    await expect(page).toHaveTitle('Servicios · Reserva tu tratamiento · Clínica Lumina');

    await page.getByLabel('Idioma').selectOption('en');
    await expect(page).toHaveTitle('Services · Book a treatment · Clínica Lumina');

    await page.getByRole('link', { name: 'Log in' }).click();
    await expect(page).toHaveTitle('Log in · Clínica Lumina');
  });

  test('arrives compressed and caches its content-hashed files for good', async ({ page }) => {
    const scripts: { url: string; encoding?: string; caching?: string }[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') {
        scripts.push({ url: response.url(), encoding: response.headers()['content-encoding'], caching: response.headers()['cache-control'] });
      }
    });
    const document = await page.goto('/book');
    await expect(page.getByRole('heading', { level: 3, name: 'Limpieza facial profunda' })).toBeVisible();

    expect(document?.headers()['content-encoding']).toBe('br');
    expect(document?.headers()['cache-control']).toBe('no-cache');
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toEqual({ url: expect.stringMatching(/\/assets\//), encoding: 'br', caching: 'public, max-age=31536000, immutable' });
  });

  test('has no serious or critical accessibility violations', async ({ page }) => {
    await page.goto('/book');
    await expect(page.getByRole('heading', { level: 3, name: 'Limpieza facial profunda' })).toBeVisible();

    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    const blocking = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target) }));

    expect(blocking).toEqual([]);
  });
});
