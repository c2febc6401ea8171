import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test';
import { logInAsAdminTo } from './support/staff';


/** Creates a patient through the New patient form and returns the id from the record's address. */
async function createPatient(page: Page, patient: { firstName: string; lastName: string; email: string; phone: string }) {
  await page.getByRole('navigation', { name: 'Apartados de pacientes' }).getByRole('link', { name: 'Nuevo paciente' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nuevo paciente' })).toBeVisible();
  await page.getByLabel('Nombre').fill(patient.firstName);
  await page.getByLabel('Apellidos').fill(patient.lastName);
  await page.getByLabel('Email (opcional)').fill(patient.email);
  await page.getByLabel('Teléfono (opcional)').fill(patient.phone);
  await page.getByRole('button', { name: 'Crear paciente' }).click();

  const name = `${patient.firstName} ${patient.lastName}`;
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `Paciente creado: ${name}.` })).toBeVisible();
  const id = page.url().split('/').pop()!;
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  return id;
}

test.describe('staff patients', () => {
  test('an admin creates two patients with the same phone, sees them as a likely duplicate and merges them', async ({ page }) => {
    test.setTimeout(90_000);
    // Specs share one database: names, emails and the phone are this run's own.
    const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
    const lastName = `Duplicada ${run}`;
    const phone = `6${String(Math.floor(10_000_000 + Math.random() * 89_999_999))}`;
    await logInAsAdminTo(page, '/admin/patients', 'Pacientes');
    expect(await blockingViolations(page)).toEqual([]);

    const keptId = await createPatient(page, { firstName: 'Elena', lastName, email: `elena.${run}@example.test`, phone });
    expect(await blockingViolations(page)).toEqual([]);
    const mergedId = await createPatient(page, { firstName: 'Helena', lastName, email: `helena.${run}@example.test`, phone: `+34 ${phone}` });
    await expect(page.getByText(`Esta ficha se parece a la de Elena ${lastName} (mismo teléfono).`)).toBeVisible();

    await page.getByRole('link', { name: 'Revisar posibles duplicados' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Posibles duplicados' })).toBeVisible();
    const pair = page.getByRole('article', { name: `Helena ${lastName} y Elena ${lastName}` });
    await expect(pair).toContainText('Motivo: mismo teléfono');
    expect(await blockingViolations(page)).toEqual([]);
    // On a phone the two profiles stack instead of pushing the page sideways.
    await page.setViewportSize({ width: 360, height: 800 });
    await expect(pair.getByRole('button', { name: `Fusionar en la ficha de Elena ${lastName}` })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await pair.getByRole('button', { name: `Fusionar en la ficha de Elena ${lastName}` }).click();
    const confirm = pair.getByRole('group', { name: `Fusionar en la ficha de Elena ${lastName}` });
    await expect(confirm.getByRole('heading')).toBeFocused();
    await expect(confirm).toContainText('Se conserva la ficha de Elena');
    await expect(confirm).toContainText('No se puede deshacer.');
    expect(await blockingViolations(page)).toEqual([]);
    // From the question, the keyboard reaches the decision next.
    await page.keyboard.press('Tab');
    await expect(confirm.getByRole('button', { name: 'Fusionar', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(new RegExp(`/admin/patients/${keptId}$`));
    await expect(page.getByRole('status').filter({ hasText: `Fichas fusionadas: la ficha de Helena ${lastName} ahora forma parte de esta.` })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: `Elena ${lastName}` })).toBeFocused();

    // The merged profile's record now points to the kept one, also after a reload.
    await page.goto(`/admin/patients/${mergedId}`);
    await expect(page.getByText('Esta ficha se fusionó con otra y ya no se usa.', { exact: false })).toBeVisible();
    expect(await blockingViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Ir a la ficha conservada' }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/patients/${keptId}$`));
    await expect(page.getByRole('heading', { level: 1, name: `Elena ${lastName}` })).toBeVisible();

    // Searches show only the kept profile, and the pair is no longer waiting for review.
    await page.goto(`/admin/patients?q=${encodeURIComponent(run)}`);
    await expect(page.getByRole('status').filter({ hasText: '1 paciente coincide.' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Pacientes' }).getByRole('link', { name: `Elena ${lastName}` })).toBeVisible();
    await expect(page.getByRole('link', { name: `Helena ${lastName}` })).toHaveCount(0);
    await page.goto('/admin/patients/duplicates');
    await expect(page.getByRole('heading', { level: 1, name: 'Posibles duplicados' })).toBeVisible();
    await expect(page.getByRole('article', { name: `Helena ${lastName} y Elena ${lastName}` })).toHaveCount(0);
  });

  test('the portal activation page shows the never-logged-in count without serious accessibility violations', async ({ page }) => {
    await logInAsAdminTo(page, '/admin/patients', 'Pacientes');
    await page.getByRole('link', { name: 'Activación del portal' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Activación del portal' })).toBeVisible();
    await expect(page.getByText('Nunca han entrado en el portal', { exact: true })).toBeVisible();
    expect(await blockingViolations(page)).toEqual([]);
  });
});

async function blockingViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target) }));
}
