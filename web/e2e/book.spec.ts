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
