import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { identityClient, schedulingClient } from '../api';
import { changeLanguage } from '../i18n';
import { clinicProfile } from '../test/catalogFixtures';
import { patientUser, signedOut, staffUser } from '../test/identityFixtures';
import { renderApp } from '../test/renderApp';

vi.mock('../api', () => ({
  schedulingClient: { getClinicProfile: vi.fn(), getCatalog: vi.fn(() => new Promise(() => {})) },
  identityClient: { getCurrentUser: vi.fn(), getPublicAccountSettings: vi.fn(), logOut: vi.fn() },
}));

beforeEach(async () => {
  vi.resetAllMocks();
  vi.mocked(schedulingClient.getClinicProfile).mockResolvedValue(clinicProfile);
  await changeLanguage('es');
});

describe('/admin', () => {
  it('tells a patient it needs a staff account, offers the login page and loads no staff data', async () => {
    vi.mocked(identityClient.getCurrentUser).mockResolvedValue(patientUser);
    renderApp('/admin');

    expect(await screen.findByText(/Necesitas una cuenta del equipo de la clínica/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Inicia sesión con tu cuenta del equipo' }).getAttribute('href')).toBe('/login?returnTo=%2Fadmin');
    expect(screen.queryByRole('link', { name: 'Agenda' })).toBeNull();
    expect(schedulingClient.getCatalog).not.toHaveBeenCalled();
  });

  it('shows staff the section navigation with the calendar as the current section', async () => {
    vi.mocked(identityClient.getCurrentUser).mockResolvedValue(staffUser);
    renderApp('/admin');

    const sections = await screen.findByRole('navigation', { name: 'Secciones de administración' });
    const calendar = within(sections).getByRole('link', { name: 'Agenda' });
    expect(calendar.getAttribute('aria-current')).toBe('page');
  });

  it('tells an anonymous visitor the same', async () => {
    vi.mocked(identityClient.getCurrentUser).mockRejectedValue(signedOut);
    renderApp('/admin');

    expect(await screen.findByText(/Necesitas una cuenta del equipo de la clínica/)).toBeTruthy();
  });
});
