import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { identityClient, schedulingClient } from '../../api';
import { changeLanguage } from '../../i18n';
import { clinicProfile } from '../../test/catalogFixtures';
import { elena, frontDeskUser, helena, providerUser, samePhonePair } from '../../test/patientFixtures';
import { renderApp } from '../../test/renderApp';

vi.mock('../../api', () => ({
  schedulingClient: { getClinicProfile: vi.fn() },
  identityClient: {
    getCurrentUser: vi.fn(),
    getPublicAccountSettings: vi.fn(),
    logOut: vi.fn(),
    getPatient: vi.fn(),
    listPossibleDuplicates: vi.fn(),
    mergePatients: vi.fn(),
    dismissPossibleDuplicate: vi.fn(),
  },
}));

// The pages arrive as lazy chunks: on a busy machine the first one can take more than the default second.
configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  vi.resetAllMocks();
  vi.mocked(schedulingClient.getClinicProfile).mockResolvedValue(clinicProfile);
  vi.mocked(identityClient.getCurrentUser).mockResolvedValue(frontDeskUser);
  vi.mocked(identityClient.listPossibleDuplicates).mockResolvedValue([samePhonePair]);
  await changeLanguage('es');
});

async function openPair() {
  renderApp('/admin/patients/duplicates');
  const pair = await screen.findByRole('article', { name: 'Helena Ruiz y Elena Ruiz' });
  return { pair, user: userEvent.setup() };
}

describe('/admin/patients/duplicates', () => {
  it('shows each pair side by side with the reason', async () => {
    const { pair } = await openPair();
    expect(screen.getByText('1 pareja por revisar.')).toBeTruthy();
    expect(within(pair).getByText('Motivo: mismo teléfono')).toBeTruthy();
    expect(within(pair).getByRole('region', { name: 'Ficha más reciente: Helena Ruiz' })).toBeTruthy();
    expect(within(pair).getByRole('region', { name: 'Ficha anterior: Elena Ruiz' })).toBeTruthy();
  });

  it('explains what merging does before doing it, and Cancel sends nothing and returns to the button', async () => {
    const { pair, user } = await openPair();
    const keep = within(pair).getByRole('button', { name: 'Fusionar en la ficha de Elena Ruiz' });
    await user.click(keep);

    const confirm = within(pair).getByRole('group', { name: 'Fusionar en la ficha de Elena Ruiz' });
    expect(document.activeElement).toBe(within(confirm).getByRole('heading'));
    expect(confirm.textContent).toContain('Se conserva la ficha de Elena Ruiz (elena@example.test, +34600111222). La ficha de Helena Ruiz');
    expect(confirm.textContent).toContain('si solo la otra ficha tiene cuenta, esa cuenta abrirá ahora la ficha conservada');
    expect(confirm.textContent).toContain('No se puede deshacer.');

    await user.click(within(confirm).getByRole('button', { name: 'Cancelar' }));
    expect(within(pair).queryByRole('group')).toBeNull();
    await vi.waitFor(() => expect(document.activeElement).toBe(keep));
    expect(identityClient.mergePatients).not.toHaveBeenCalled();
  });

  it('merges into the chosen profile and opens it, saying what happened', async () => {
    const surviving = { ...elena, profile: { ...elena.profile, birthDate: '1990-05-17' } };
    vi.mocked(identityClient.mergePatients).mockResolvedValue(surviving);
    vi.mocked(identityClient.getPatient).mockResolvedValue(surviving);
    const { pair, user } = await openPair();
    await user.click(within(pair).getByRole('button', { name: 'Fusionar en la ficha de Elena Ruiz' }));
    vi.mocked(identityClient.listPossibleDuplicates).mockResolvedValue([]);

    await user.click(within(pair).getByRole('button', { name: 'Fusionar' }));

    expect(identityClient.mergePatients).toHaveBeenCalledWith({ survivingPatientId: elena.profile.id, mergedPatientId: helena.profile.id });
    expect(await screen.findByRole('heading', { level: 1, name: 'Elena Ruiz' })).toBeTruthy();
    expect(await screen.findByText('Fichas fusionadas: la ficha de Helena Ruiz ahora forma parte de esta.')).toBeTruthy();
    expect(screen.getByText('17 de mayo de 1990')).toBeTruthy();
  });

  it('keeps the newer profile when staff choose it', async () => {
    vi.mocked(identityClient.mergePatients).mockResolvedValue(helena);
    vi.mocked(identityClient.getPatient).mockResolvedValue(helena);
    const { pair, user } = await openPair();
    await user.click(within(pair).getByRole('button', { name: 'Fusionar en la ficha de Helena Ruiz' }));
    await user.click(within(pair).getByRole('button', { name: 'Fusionar' }));
    expect(identityClient.mergePatients).toHaveBeenCalledWith({ survivingPatientId: helena.profile.id, mergedPatientId: elena.profile.id });
  });

  it('says so and refreshes when one of the profiles was already merged', async () => {
    vi.mocked(identityClient.mergePatients).mockRejectedValue({ status: 409, title: 'Conflict' });
    const { pair, user } = await openPair();
    await user.click(within(pair).getByRole('button', { name: 'Fusionar en la ficha de Elena Ruiz' }));
    vi.mocked(identityClient.listPossibleDuplicates).mockResolvedValue([]);
    await user.click(within(pair).getByRole('button', { name: 'Fusionar' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Una de estas fichas ya se había fusionado o ya no existe. La lista se ha actualizado.');
    expect(await screen.findByText('No hay posibles duplicados pendientes de revisar.')).toBeTruthy();
  });

  it('dismisses a pair as different people and announces it', async () => {
    vi.mocked(identityClient.dismissPossibleDuplicate).mockResolvedValue();
    const { pair, user } = await openPair();
    vi.mocked(identityClient.listPossibleDuplicates).mockResolvedValue([]);

    await user.click(within(pair).getByRole('button', { name: 'No es la misma persona' }));

    expect(identityClient.dismissPossibleDuplicate).toHaveBeenCalledWith(samePhonePair.id);
    const status = await screen.findByText('Marcadas como personas distintas: Helena Ruiz y Elena Ruiz. Ya no aparecerán aquí.');
    expect(status.getAttribute('role')).toBe('status');
    expect(await screen.findByText('No hay posibles duplicados pendientes de revisar.')).toBeTruthy();
    expect(identityClient.mergePatients).not.toHaveBeenCalled();
  });

  it('shows a provider the pairs without merge or dismiss, which their role cannot do', async () => {
    vi.mocked(identityClient.getCurrentUser).mockResolvedValue(providerUser);
    const { pair } = await openPair();
    expect(screen.getByText(/solo recepción y administración pueden fusionarlos o descartarlos/)).toBeTruthy();
    expect(within(pair).queryByRole('button')).toBeNull();
  });

  it('says when there is nothing to review', async () => {
    vi.mocked(identityClient.listPossibleDuplicates).mockResolvedValue([]);
    renderApp('/admin/patients/duplicates');
    expect(await screen.findByText('No hay posibles duplicados pendientes de revisar.')).toBeTruthy();
  });
});
