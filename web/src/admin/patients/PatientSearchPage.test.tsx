import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { identityClient, schedulingClient } from '../../api';
import { changeLanguage } from '../../i18n';
import { clinicProfile } from '../../test/catalogFixtures';
import { elena, frontDeskUser, helena, providerUser } from '../../test/patientFixtures';
import { renderApp } from '../../test/renderApp';

vi.mock('../../api', () => ({
  schedulingClient: { getClinicProfile: vi.fn() },
  identityClient: {
    getCurrentUser: vi.fn(),
    getPublicAccountSettings: vi.fn(),
    logOut: vi.fn(),
    searchPatients: vi.fn(),
    listPossibleDuplicates: vi.fn(),
  },
}));

// The pages arrive as lazy chunks: on a busy machine the first one can take more than the default second.
configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  vi.resetAllMocks();
  vi.mocked(schedulingClient.getClinicProfile).mockResolvedValue(clinicProfile);
  vi.mocked(identityClient.getCurrentUser).mockResolvedValue(frontDeskUser);
  vi.mocked(identityClient.listPossibleDuplicates).mockResolvedValue([]);
  await changeLanguage('es');
});

describe('/admin/patients', () => {
  it('lists the newest patients with contact, portal account and source, each leading to the record', async () => {
    vi.mocked(identityClient.searchPatients).mockResolvedValue([helena, elena]);
    renderApp('/admin/patients');

    expect(await screen.findByText('Los 2 últimos pacientes añadidos.')).toBeTruthy();
    expect(identityClient.searchPatients).toHaveBeenCalledWith(undefined, 50, expect.anything());
    const list = screen.getByRole('list', { name: 'Pacientes' });
    const cards = within(list).getAllByRole('listitem');
    expect(within(cards[0]).getByRole('link', { name: 'Helena Ruiz' }).getAttribute('href')).toBe(`/admin/patients/${helena.profile.id}`);
    expect(within(cards[0]).getByText('Sin cuenta en el portal')).toBeTruthy();
    expect(within(cards[0]).getByText('Reserva online')).toBeTruthy();
    expect(within(cards[1]).getByText('elena@example.test')).toBeTruthy();
    expect(within(cards[1]).getByText('+34600111222')).toBeTruthy();
    expect(within(cards[1]).getByText(/^Último acceso: /)).toBeTruthy();
    expect(within(cards[1]).getByText('Registro en el portal')).toBeTruthy();
    const sections = screen.getByRole('navigation', { name: 'Secciones de administración' });
    expect(within(sections).getByRole('link', { name: 'Pacientes' }).getAttribute('aria-current')).toBe('page');
  });

  it('searches what staff type and says when nothing matches', async () => {
    const user = userEvent.setup();
    vi.mocked(identityClient.searchPatients).mockImplementation(async (search) => (search ? [] : [elena]));
    renderApp('/admin/patients');
    await screen.findByText('El último paciente añadido.');

    await user.type(screen.getByLabelText('Buscar paciente'), 'zzz');

    expect(await screen.findByText('Ningún paciente coincide con «zzz».')).toBeTruthy();
    expect(identityClient.searchPatients).toHaveBeenLastCalledWith('zzz', 50, expect.anything());
    expect(screen.queryByRole('list', { name: 'Pacientes' })).toBeNull();
  });

  it('says it is searching while the answer is on its way, and offers a retry when it fails', async () => {
    const user = userEvent.setup();
    vi.mocked(identityClient.searchPatients).mockReturnValueOnce(new Promise(() => {}));
    renderApp('/admin/patients?q=Ruiz');
    expect(await screen.findByText('Buscando pacientes…')).toBeTruthy();
    expect(screen.getByLabelText('Buscar paciente')).toHaveProperty('value', 'Ruiz');

    vi.mocked(identityClient.searchPatients).mockRejectedValue({ status: 500 });
    renderApp('/admin/patients?q=Ruiz2');
    expect(await screen.findByText('No se pudo cargar la lista de pacientes.')).toBeTruthy();
    vi.mocked(identityClient.searchPatients).mockResolvedValue([elena]);
    await user.click(screen.getByRole('button', { name: 'Reintentar' }));
    expect(await screen.findByText('1 paciente coincide.')).toBeTruthy();
  });

  it('offers New patient to the front desk but not to a provider, whose role cannot create one', async () => {
    vi.mocked(identityClient.searchPatients).mockResolvedValue([]);
    const first = renderApp('/admin/patients');
    const nav = await screen.findByRole('navigation', { name: 'Apartados de pacientes' });
    expect(within(nav).getByRole('link', { name: 'Nuevo paciente' })).toBeTruthy();
    first.unmount();

    vi.mocked(identityClient.getCurrentUser).mockResolvedValue(providerUser);
    renderApp('/admin/patients');
    const providerNav = await screen.findByRole('navigation', { name: 'Apartados de pacientes' });
    expect(within(providerNav).queryByRole('link', { name: 'Nuevo paciente' })).toBeNull();
    expect(within(providerNav).getByRole('link', { name: 'Posibles duplicados' })).toBeTruthy();
  });
});
