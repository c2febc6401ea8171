import { expect, test } from './support/test';
import { expectAccessible } from './support/booking';
import { expectFitsPhone, logInAsAdminTo } from './support/staff';

// Everything this spec creates (a staff account, an API key) carries a unique name, so reruns and other specs
// sharing the host never collide with it; it never touches the bootstrap Admin.


test.describe('team', () => {
  test('an admin adds a front-desk member and changes their role; the change is kept', async ({ page }) => {
    const unique = Date.now();
    const name = `Lucía Prueba ${unique}`;
    await page.setViewportSize({ width: 360, height: 800 });
    await logInAsAdminTo(page, '/admin/team');
    await expect(page.getByRole('heading', { level: 1, name: 'Equipo' })).toBeVisible();

    const staff = page.getByRole('region', { name: 'Cuentas del personal' });
    await expect(staff.getByRole('article').first()).toBeVisible();
    const add = staff.getByRole('region', { name: 'Añadir a alguien al equipo' });
    await add.getByRole('button', { name: 'Añadir al equipo' }).click();
    await expect(add.getByText('Elige al menos un rol.')).toBeVisible();
    await expect(add.getByLabel('Nombre completo')).toBeFocused();

    await add.getByLabel('Nombre completo').fill(name);
    await add.getByLabel('Email', { exact: true }).fill(`lucia.${unique}@clinica-lumina.test`);
    await add.getByLabel('Contraseña inicial').fill('Recepcion 2026 inicial');
    await add.getByLabel('Recepción').check();
    await add.getByRole('button', { name: 'Añadir al equipo' }).click();
    await expect(staff.getByText(`${name} se ha añadido al equipo como Recepción.`)).toBeVisible();

    const card = staff.getByRole('article', { name });
    await expect(card.getByText('Recepción', { exact: true })).toBeVisible();
    await expect(card.getByText('Activa', { exact: true })).toBeVisible();
    await expectFitsPhone(page);

    await card.getByRole('button', { name: 'Cambiar roles' }).click();
    await expect(card.getByLabel('Administrador')).toBeFocused();
    await card.getByLabel('Recepción').uncheck();
    await card.getByLabel('Profesional').check();
    await card.getByRole('button', { name: 'Guardar roles' }).click();
    await expect(staff.getByText(`Roles de ${name} guardados: Profesional.`, { exact: false })).toBeVisible();
    await expectAccessible(page);

    await page.reload();
    const reloaded = page.getByRole('region', { name: 'Cuentas del personal' }).getByRole('article', { name });
    await expect(reloaded.getByText('Profesional', { exact: true })).toBeVisible();
    await expect(reloaded.getByText('Recepción', { exact: true })).toHaveCount(0);

    await reloaded.getByRole('button', { name: 'Desactivar' }).click();
    await reloaded.getByRole('button', { name: 'Sí, desactivar la cuenta' }).click();
    await expect(page.getByText(`Cuenta de ${name} desactivada.`)).toBeVisible();
    await expect(reloaded.getByText('Desactivada: no puede iniciar sesión')).toBeVisible();
    await expect(reloaded.getByRole('button', { name: 'Cambiar roles' })).toHaveCount(0);
  });

  test('an admin creates an API key that works once shown, then revokes it and it is refused', async ({ page, request }) => {
    const keyName = `Web pública ${Date.now()}`;
    await logInAsAdminTo(page, '/admin/team');
    const keys = page.getByRole('region', { name: 'Claves de API' });
    await keys.getByLabel('Nombre', { exact: true }).fill(keyName);
    await keys.getByLabel('Leer el catálogo').check();
    await keys.getByRole('button', { name: 'Crear la clave' }).click();

    const shown = keys.getByRole('group', { name: `Nueva clave «${keyName}»` });
    await expect(shown.getByText('Guárdala ahora en un lugar seguro: no se volverá a mostrar.')).toBeVisible();
    const key = await shown.getByLabel('Clave de API').inputValue();
    expect(key).toMatch(/^clk_/);
    await expectAccessible(page);

    // A request context of its own: no session cookie, only the key proves who calls.
    const withKey = { headers: { 'X-Api-Key': key } };
    const allowed = await request.get('/api/admin/catalog', withKey);
    expect(allowed.status(), await allowed.text()).toBe(200);
    // The key grants catalog:read only.
    expect((await request.get('/api/admin/patients?search=ruiz', withKey)).status()).toBe(403);

    await shown.getByRole('button', { name: 'Ya la he guardado' }).click();
    await expect(shown).toHaveCount(0);
    await page.reload();
    const card = page.getByRole('region', { name: 'Claves de API' }).getByRole('article', { name: keyName });
    await expect(card.getByText('Leer el catálogo')).toBeVisible();
    await expect(card.getByText(key.slice(0, 12), { exact: false })).toBeVisible();
    expect(await page.content()).not.toContain(key);

    await card.getByRole('button', { name: 'Revocar' }).click();
    await card.getByRole('button', { name: 'Sí, revocar la clave' }).click();
    await expect(page.getByText(`Clave «${keyName}» revocada.`)).toBeVisible();
    await expect(card.getByText('Revocada el', { exact: false })).toBeVisible();
    await expect(card.getByRole('button', { name: 'Revocar' })).toHaveCount(0);

    expect((await request.get('/api/admin/catalog', withKey)).status()).toBe(401);
  });
});
