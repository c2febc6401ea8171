import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { identityClient, schedulingClient, type ApiKeyResponse, type StaffMember } from '../../api';
import { changeLanguage } from '../../i18n';
import { clinicProfile } from '../../test/catalogFixtures';
import { accountSettings, staffUser, validationProblem } from '../../test/identityFixtures';
import { renderApp } from '../../test/renderApp';

vi.mock('../../api', () => ({
  schedulingClient: { getClinicProfile: vi.fn() },
  identityClient: {
    getCurrentUser: vi.fn(),
    getPublicAccountSettings: vi.fn(),
    logOut: vi.fn(),
    listStaff: vi.fn(),
    createStaffMember: vi.fn(),
    updateStaffRoles: vi.fn(),
    deactivateStaffMember: vi.fn(),
    listApiKeys: vi.fn(),
    createApiKey: vi.fn(),
    revokeApiKey: vi.fn(),
  },
}));

const adminUser = { ...staffUser, userId: 'aaaaaaaa-0000-0000-0000-000000000001', email: 'admin@clinica-lumina.test', displayName: 'Marta Admin', roles: ['Admin'] };

const marta: StaffMember = { id: adminUser.userId, email: adminUser.email, fullName: 'Marta Admin', roles: ['Admin'], lastLoginAt: '2026-11-26T09:15:00Z', isActive: true };
const laura: StaffMember = { id: 'bbbbbbbb-0000-0000-0000-000000000002', email: 'laura@clinica-lumina.test', fullName: 'Laura Gómez', roles: ['FrontDesk'], lastLoginAt: null, isActive: true };
const pablo: StaffMember = { id: 'cccccccc-0000-0000-0000-000000000003', email: 'pablo@clinica-lumina.test', fullName: 'Pablo Ruiz', roles: ['Provider'], lastLoginAt: null, isActive: false };

const crmKey: ApiKeyResponse = {
  id: 'dddddddd-0000-0000-0000-000000000004',
  name: 'CRM de marketing',
  prefix: 'clk_AbCdEfGh',
  scopes: ['catalog:read', 'patients:read'],
  createdAt: '2026-11-20T10:00:00Z',
  createdBy: 'Marta Admin',
  revokedAt: null,
  lastUsedAt: '2026-11-25T16:30:00Z',
};
const oldKey: ApiKeyResponse = { ...crmKey, id: 'eeeeeeee-0000-0000-0000-000000000005', name: 'Web antigua', prefix: 'clk_ZyXwVuTs', scopes: ['catalog:read'], revokedAt: '2026-11-21T08:00:00Z', lastUsedAt: null };

// The first render loads the lazy page chunk and several queries; a busy machine needs more than 1 s.
configure({ asyncUtilTimeout: 4000 });

beforeEach(async () => {
  vi.resetAllMocks();
  vi.mocked(identityClient.getCurrentUser).mockResolvedValue(adminUser);
  vi.mocked(identityClient.getPublicAccountSettings).mockResolvedValue(accountSettings);
  vi.mocked(schedulingClient.getClinicProfile).mockResolvedValue(clinicProfile);
  vi.mocked(identityClient.listStaff).mockResolvedValue([laura, marta, pablo]);
  vi.mocked(identityClient.listApiKeys).mockResolvedValue([crmKey, oldKey]);
  await changeLanguage('es');
});

const region = (name: string) => screen.findByRole('region', { name });
const staffRegion = () => region('Cuentas del personal');
const keysRegion = () => region('Claves de API');

describe('staff accounts', () => {
  it('lists every member with roles, status and last login in the clinic zone', async () => {
    renderApp('/admin/team');
    const staff = await staffRegion();
    const martaCard = await within(staff).findByRole('article', { name: /Marta Admin/ });
    expect(within(martaCard).getByText('(tú)')).toBeTruthy();
    expect(within(martaCard).getByText('Administrador')).toBeTruthy();
    // 09:15 UTC is 10:15 in Madrid in November.
    expect(within(martaCard).getByText(/10:15/)).toBeTruthy();
    // Nobody can close their own account from here.
    expect(within(martaCard).queryByRole('button', { name: 'Desactivar' })).toBeNull();

    const lauraCard = within(staff).getByRole('article', { name: 'Laura Gómez' });
    expect(within(lauraCard).getByText('Recepción')).toBeTruthy();
    expect(within(lauraCard).getByText('Nunca')).toBeTruthy();
    expect(within(lauraCard).getByText('Activa')).toBeTruthy();

    const pabloCard = within(staff).getByRole('article', { name: 'Pablo Ruiz' });
    expect(within(pabloCard).getByText('Desactivada: no puede iniciar sesión')).toBeTruthy();
    expect(within(pabloCard).queryByRole('button')).toBeNull();
    expect(screen.getByText(/zona horaria de la clínica \(Europe\/Madrid\)/)).toBeTruthy();
  });

  it('explains what each role can do next to its checkbox', async () => {
    renderApp('/admin/team');
    const add = await within(await staffRegion()).findByRole('region', { name: 'Añadir a alguien al equipo' });
    const provider = within(add).getByLabelText('Profesional');
    const hint = document.getElementById(provider.getAttribute('aria-describedby')!);
    expect(hint?.textContent).toContain('No da de alta ni fusiona pacientes');
  });

  it('puts missing fields next to each field, focuses the first and sends nothing', async () => {
    const user = userEvent.setup();
    renderApp('/admin/team');
    const add = await within(await staffRegion()).findByRole('region', { name: 'Añadir a alguien al equipo' });
    await user.type(within(add).getByLabelText('Email'), 'no-es-un-email');
    await user.type(within(add).getByLabelText('Contraseña inicial'), 'corta');
    await user.click(within(add).getByRole('button', { name: 'Añadir al equipo' }));

    const name = within(add).getByLabelText('Nombre completo');
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(within(add).getByText('Elige al menos un rol.')).toBeTruthy();
    expect(within(add).getByLabelText('Contraseña inicial').getAttribute('aria-invalid')).toBe('true');
    expect(within(add).getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
    expect(identityClient.createStaffMember).not.toHaveBeenCalled();
  });

  it('adds a member with the chosen roles and announces it', async () => {
    const user = userEvent.setup();
    const nuria: StaffMember = { id: 'ffffffff-0000-0000-0000-000000000006', email: 'nuria@clinica-lumina.test', fullName: 'Nuria Sanz', roles: ['FrontDesk'], lastLoginAt: null, isActive: true };
    vi.mocked(identityClient.createStaffMember).mockResolvedValue(nuria);
    renderApp('/admin/team');
    const staff = await staffRegion();
    const add = await within(staff).findByRole('region', { name: 'Añadir a alguien al equipo' });
    await user.type(within(add).getByLabelText('Nombre completo'), ' Nuria Sanz ');
    await user.type(within(add).getByLabelText('Email'), 'nuria@clinica-lumina.test');
    await user.type(within(add).getByLabelText('Contraseña inicial'), 'Bienvenida 2026');
    await user.click(within(add).getByLabelText('Recepción'));
    vi.mocked(identityClient.listStaff).mockResolvedValue([laura, marta, nuria, pablo]);
    await user.click(within(add).getByRole('button', { name: 'Añadir al equipo' }));

    expect(await within(staff).findByText('Nuria Sanz se ha añadido al equipo como Recepción.')).toBeTruthy();
    expect(identityClient.createStaffMember).toHaveBeenCalledWith({ fullName: 'Nuria Sanz', email: 'nuria@clinica-lumina.test', password: 'Bienvenida 2026', roles: ['FrontDesk'] });
    expect(await within(staff).findByRole('article', { name: 'Nuria Sanz' })).toBeTruthy();
    expect(within(add).getByLabelText('Nombre completo')).toHaveProperty('value', '');
  });

  it('shows a taken email and the server’s field errors next to their fields', async () => {
    const user = userEvent.setup();
    vi.mocked(identityClient.createStaffMember).mockRejectedValueOnce({ status: 409, title: 'Conflict', detail: 'An account with the email x already exists.' });
    vi.mocked(identityClient.createStaffMember).mockRejectedValueOnce(validationProblem({ password: ['Passwords must have at least one digit.'] }));
    renderApp('/admin/team');
    const add = await within(await staffRegion()).findByRole('region', { name: 'Añadir a alguien al equipo' });
    await user.type(within(add).getByLabelText('Nombre completo'), 'Laura Bis');
    await user.type(within(add).getByLabelText('Email'), 'laura@clinica-lumina.test');
    await user.type(within(add).getByLabelText('Contraseña inicial'), 'sinnumeros');
    await user.click(within(add).getByLabelText('Profesional'));
    await user.click(within(add).getByRole('button', { name: 'Añadir al equipo' }));
    expect(await within(add).findByText('Ya existe una cuenta con este email.')).toBeTruthy();
    expect(document.activeElement).toBe(within(add).getByLabelText('Email'));

    await user.click(within(add).getByRole('button', { name: 'Añadir al equipo' }));
    expect(await within(add).findByText('Passwords must have at least one digit.')).toBeTruthy();
    expect(document.activeElement).toBe(within(add).getByLabelText('Contraseña inicial'));
  });

  it('changes a member’s roles and announces the new ones', async () => {
    const user = userEvent.setup();
    vi.mocked(identityClient.updateStaffRoles).mockImplementation(async (id, body) => ({ ...laura, id, roles: body.roles }));
    renderApp('/admin/team');
    const staff = await staffRegion();
    const card = await within(staff).findByRole('article', { name: 'Laura Gómez' });
    await user.click(within(card).getByRole('button', { name: 'Cambiar roles' }));
    expect(document.activeElement).toBe(within(card).getByLabelText('Administrador'));
    expect(within(card).getByLabelText('Recepción')).toHaveProperty('checked', true);
    await user.click(within(card).getByLabelText('Recepción'));
    await user.click(within(card).getByRole('button', { name: 'Guardar roles' }));
    expect(within(card).getByText('Elige al menos un rol.')).toBeTruthy();
    expect(identityClient.updateStaffRoles).not.toHaveBeenCalled();

    await user.click(within(card).getByLabelText('Profesional'));
    await user.click(within(card).getByLabelText('Administrador'));
    await user.click(within(card).getByRole('button', { name: 'Guardar roles' }));
    expect(await within(staff).findByText(/Roles de Laura Gómez guardados: Administrador, Profesional\./)).toBeTruthy();
    expect(identityClient.updateStaffRoles).toHaveBeenCalledWith(laura.id, { roles: ['Admin', 'Provider'] });
    expect(within(card).getByText('Administrador, Profesional')).toBeTruthy();
  });

  it('explains why the last Admin cannot lose the Admin role', async () => {
    const user = userEvent.setup();
    vi.mocked(identityClient.updateStaffRoles).mockRejectedValue({ status: 422, title: 'Unprocessable', detail: 'This is the only active Admin.' });
    renderApp('/admin/team');
    const card = await within(await staffRegion()).findByRole('article', { name: /Marta Admin/ });
    await user.click(within(card).getByRole('button', { name: 'Cambiar roles' }));
    await user.click(within(card).getByLabelText('Administrador'));
    await user.click(within(card).getByLabelText('Recepción'));
    await user.click(within(card).getByRole('button', { name: 'Guardar roles' }));
    expect((await within(card).findByRole('alert')).textContent).toBe(
      'Es el único administrador activo: no puede perder el rol de administrador. Haz administrador a otra persona primero.',
    );
    // The roles on record are unchanged, and the editor stays open to try again.
    expect(within(card).getAllByText('Administrador').some((element) => element.tagName === 'DD')).toBe(true);
    expect(within(card).getByRole('button', { name: 'Guardar roles' })).toBeTruthy();
  });

  it('deactivates a member only after a confirm step, and can back out', async () => {
    const user = userEvent.setup();
    vi.mocked(identityClient.deactivateStaffMember).mockResolvedValue();
    renderApp('/admin/team');
    const staff = await staffRegion();
    const card = await within(staff).findByRole('article', { name: 'Laura Gómez' });
    await user.click(within(card).getByRole('button', { name: 'Desactivar' }));
    const confirm = within(card).getByRole('group', { name: '¿Desactivar la cuenta de Laura Gómez?' });
    expect(document.activeElement).toBe(within(confirm).getByRole('heading'));
    await user.click(within(confirm).getByRole('button', { name: 'Cancelar' }));
    expect(within(card).queryByRole('group')).toBeNull();
    expect(identityClient.deactivateStaffMember).not.toHaveBeenCalled();

    await user.click(within(card).getByRole('button', { name: 'Desactivar' }));
    vi.mocked(identityClient.listStaff).mockResolvedValue([{ ...laura, isActive: false }, marta, pablo]);
    await user.click(within(card).getByRole('button', { name: 'Sí, desactivar la cuenta' }));
    expect(await within(staff).findByText('Cuenta de Laura Gómez desactivada.')).toBeTruthy();
    expect(identityClient.deactivateStaffMember).toHaveBeenCalledWith(laura.id);
    expect(await within(card).findByText('Desactivada: no puede iniciar sesión')).toBeTruthy();
  });
});

describe('API keys', () => {
  it('lists keys with scopes, creation, last use and revocation', async () => {
    renderApp('/admin/team');
    const keys = await keysRegion();
    const crm = await within(keys).findByRole('article', { name: 'CRM de marketing' });
    expect(within(crm).getByText('Leer el catálogo, Leer pacientes')).toBeTruthy();
    expect(within(crm).getByText(/Marta Admin/)).toBeTruthy();
    expect(within(crm).getByText('Activa')).toBeTruthy();
    expect(within(crm).getByText('clk_AbCdEfGh…')).toBeTruthy();
    const old = within(keys).getByRole('article', { name: 'Web antigua' });
    expect(within(old).getByText(/Revocada el/)).toBeTruthy();
    expect(within(old).getByText('Nunca')).toBeTruthy();
    expect(within(old).queryByRole('button', { name: 'Revocar' })).toBeNull();
  });

  it('asks for a name and at least one scope before creating a key', async () => {
    const user = userEvent.setup();
    renderApp('/admin/team');
    const keys = await keysRegion();
    await user.click(await within(keys).findByRole('button', { name: 'Crear la clave' }));
    const name = within(keys).getByLabelText('Nombre');
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(within(keys).getByText('Elige al menos un permiso.')).toBeTruthy();
    expect(identityClient.createApiKey).not.toHaveBeenCalled();
  });

  it('shows the new key once, to copy, and never again after it is dismissed', async () => {
    const user = userEvent.setup();
    const secret = 'clk_Secret0123456789abcdefghijklmnopqrstu';
    const created = { ...crmKey, id: '12121212-0000-0000-0000-000000000007', name: 'Web pública', prefix: secret.slice(0, 12), scopes: ['catalog:read'], lastUsedAt: null };
    vi.mocked(identityClient.createApiKey).mockResolvedValue({ apiKey: created, key: secret });
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderApp('/admin/team');
    const keys = await keysRegion();
    await user.type(await within(keys).findByLabelText('Nombre'), 'Web pública');
    await user.click(within(keys).getByLabelText(/Leer el catálogo/));
    vi.mocked(identityClient.listApiKeys).mockResolvedValue([created, crmKey, oldKey]);
    await user.click(within(keys).getByRole('button', { name: 'Crear la clave' }));

    const shown = await within(keys).findByRole('group', { name: 'Nueva clave «Web pública»' });
    expect(identityClient.createApiKey).toHaveBeenCalledWith({ name: 'Web pública', scopes: ['catalog:read'] });
    expect(within(shown).getByText('Guárdala ahora en un lugar seguro: no se volverá a mostrar.')).toBeTruthy();
    expect(within(shown).getByLabelText('Clave de API')).toHaveProperty('value', secret);
    expect(document.activeElement).toBe(within(shown).getByRole('heading'));
    await user.click(within(shown).getByRole('button', { name: 'Copiar la clave' }));
    expect(writeText).toHaveBeenCalledWith(secret);
    expect(await within(shown).findByText('Clave copiada.')).toBeTruthy();
    expect(await within(keys).findByRole('article', { name: 'Web pública' })).toBeTruthy();

    await user.click(within(shown).getByRole('button', { name: 'Ya la he guardado' }));
    expect(within(keys).queryByRole('group', { name: /Nueva clave/ })).toBeNull();
    expect(within(keys).getByText('La clave ya no se muestra.')).toBeTruthy();
    expect(document.body.innerHTML).not.toContain(secret);
  });

  it('revokes a key only after a confirm step and announces it', async () => {
    const user = userEvent.setup();
    vi.mocked(identityClient.revokeApiKey).mockResolvedValue();
    renderApp('/admin/team');
    const keys = await keysRegion();
    const crm = await within(keys).findByRole('article', { name: 'CRM de marketing' });
    await user.click(within(crm).getByRole('button', { name: 'Revocar' }));
    expect(identityClient.revokeApiKey).not.toHaveBeenCalled();
    const confirm = within(crm).getByRole('group', { name: '¿Revocar la clave «CRM de marketing»?' });
    vi.mocked(identityClient.listApiKeys).mockResolvedValue([{ ...crmKey, revokedAt: '2026-11-26T11:00:00Z' }, oldKey]);
    await user.click(within(confirm).getByRole('button', { name: 'Sí, revocar la clave' }));

    expect(await within(keys).findByText('Clave «CRM de marketing» revocada.')).toBeTruthy();
    expect(identityClient.revokeApiKey).toHaveBeenCalledWith(crmKey.id);
    expect(await within(crm).findByText(/Revocada el/)).toBeTruthy();
  });
});

describe('other staff', () => {
  it('see that only administrators manage the team, and nothing is requested', async () => {
    vi.mocked(identityClient.getCurrentUser).mockResolvedValue(staffUser);
    renderApp('/admin/team');
    expect(await screen.findByText(/Solo los administradores pueden ver y gestionar el equipo/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Cuentas del personal' })).toBeNull();
    expect(identityClient.listStaff).not.toHaveBeenCalled();
    expect(identityClient.listApiKeys).not.toHaveBeenCalled();
  });

  it('read the page in English too', async () => {
    vi.mocked(identityClient.getCurrentUser).mockResolvedValue({ ...staffUser, roles: ['Provider'] });
    await changeLanguage('en');
    renderApp('/admin/team');
    expect(await screen.findByRole('heading', { level: 1, name: 'Team' })).toBeTruthy();
    expect(screen.getByText(/Only administrators can see and manage the team/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Team' })).toBeTruthy();
  });
});
