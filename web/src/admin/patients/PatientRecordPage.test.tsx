import { configure, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { identityClient, schedulingClient } from '../../api';
import { changeLanguage } from '../../i18n';
import { clinicProfile } from '../../test/catalogFixtures';
import { elena, frontDeskUser, helena, samePhonePair } from '../../test/patientFixtures';
import { renderApp } from '../../test/renderApp';

vi.mock('../../api', () => ({
  schedulingClient: { getClinicProfile: vi.fn() },
  identityClient: {
    getCurrentUser: vi.fn(),
    getPublicAccountSettings: vi.fn(),
    logOut: vi.fn(),
    getPatient: vi.fn(),
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

describe('/admin/patients/:patientId', () => {
  it('shows the profile, the portal account and the source', async () => {
    vi.mocked(identityClient.getPatient).mockResolvedValue(elena);
    renderApp(`/admin/patients/${elena.profile.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Elena Ruiz' })).toBeTruthy();
    expect(identityClient.getPatient).toHaveBeenCalledWith(elena.profile.id, expect.anything());
    expect(screen.getByText('elena@example.test')).toBeTruthy();
    expect(screen.getByText(/^Último acceso: /)).toBeTruthy();
    expect(screen.getByText('Registro en el portal')).toBeTruthy();
    expect(screen.getByText('No las acepta')).toBeTruthy();
  });

  it('says a merged profile is no longer used and links to the one that was kept', async () => {
    vi.mocked(identityClient.getPatient).mockResolvedValue({ ...helena, mergedIntoId: elena.profile.id });
    renderApp(`/admin/patients/${helena.profile.id}`);
    expect(await screen.findByText(/Esta ficha se fusionó con otra y ya no se usa/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ir a la ficha conservada' }).getAttribute('href')).toBe(`/admin/patients/${elena.profile.id}`);
  });

  it('points out a pending possible duplicate', async () => {
    vi.mocked(identityClient.getPatient).mockResolvedValue(helena);
    vi.mocked(identityClient.listPossibleDuplicates).mockResolvedValue([samePhonePair]);
    renderApp(`/admin/patients/${helena.profile.id}`);
    expect(await screen.findByText('Esta ficha se parece a la de Elena Ruiz (mismo teléfono).')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Revisar posibles duplicados' }).getAttribute('href')).toBe('/admin/patients/duplicates');
  });

  it('says when the patient does not exist', async () => {
    vi.mocked(identityClient.getPatient).mockRejectedValue({ status: 404, title: 'Not Found' });
    renderApp('/admin/patients/55555555-5555-5555-5555-555555555555');
    expect((await screen.findByRole('alert')).textContent).toBe('Este paciente no existe.');
  });

  it('reads in English for English-speaking staff', async () => {
    await changeLanguage('en');
    vi.mocked(identityClient.getPatient).mockResolvedValue({ ...helena, mergedIntoId: elena.profile.id });
    renderApp(`/admin/patients/${helena.profile.id}`);
    expect(await screen.findByRole('heading', { level: 2, name: 'Personal details' })).toBeTruthy();
    expect(screen.getByText('Online booking')).toBeTruthy();
    expect(screen.getByText('No portal account')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the profile that was kept' })).toBeTruthy();
  });
});
