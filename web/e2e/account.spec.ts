import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/test';

test.describe('account pages', () => {
  test('a wrong login is explained inline and the page stays usable', async ({ page }) => {
    await page.goto('/login');

    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    await expect(page.getByLabel('Email')).toBeFocused();
    await expect(page.getByText('Este campo es obligatorio.')).toHaveCount(2);

    await page.getByLabel('Email').fill('nobody@example.com');
    await page.getByLabel('Contraseña').fill('not the password');
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();

    await expect(page.getByRole('alert')).toHaveText(
      'El email o la contraseña no son correctos. Tras varios intentos fallidos la cuenta se bloquea unos minutos.',
    );
  });

  for (const path of ['/login', '/register', '/forgot-password']) {
    test(`${path} has no serious or critical accessibility violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.getByRole('button').last().click();

      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      const blocking = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target) }));

      expect(blocking).toEqual([]);
    });
  }
});
