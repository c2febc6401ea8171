import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { identityClient, schedulingClient } from '../api';
import i18n, { changeLanguage, detectLanguage } from '../i18n';
import { clinicProfile } from '../test/catalogFixtures';
import { accountSettings, patientUser, signedOut } from '../test/identityFixtures';
import { renderApp } from '../test/renderApp';

vi.mock('../api', () => ({
  schedulingClient: { listBookableCategories: vi.fn(), getClinicProfile: vi.fn() },
  identityClient: { getCurrentUser: vi.fn(), getPublicAccountSettings: vi.fn(), logOut: vi.fn() },
}));

beforeEach(async () => {
  vi.mocked(identityClient.getCurrentUser).mockRejectedValue(signedOut);
  vi.mocked(identityClient.getPublicAccountSettings).mockResolvedValue(accountSettings);
  vi.mocked(schedulingClient.getClinicProfile).mockResolvedValue(clinicProfile);
  vi.mocked(schedulingClient.listBookableCategories).mockResolvedValue([]);
  await i18n.changeLanguage('es');
});

describe('layout', () => {
  it('redirects / to the booking page inside an accessible shell', async () => {
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Reserva tu tratamiento' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Saltar al contenido' }).getAttribute('href')).toBe('#main');
    expect(screen.getByRole('main').id).toBe('main');
    expect(screen.getByRole('link', { name: 'Reservar' }).getAttribute('aria-current')).toBe('page');
    expect(await screen.findByRole('link', { name: 'Clínica Demo Estética' })).toBeTruthy();
  });

  it('switches text and <html lang> and remembers the choice', async () => {
    renderApp('/forgot-password');
    expect(await screen.findByRole('heading', { level: 1, name: 'Recuperar la contraseña' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('es');

    await userEvent.selectOptions(screen.getByLabelText('Idioma'), 'en');

    expect(await screen.findByRole('heading', { level: 1, name: 'Reset your password' })).toBeTruthy();
    expect(screen.getByLabelText('Language')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(detectLanguage()).toBe('en');
  });

  it('offers a log-in link that returns to the page, and shows the signed-in name leading to the portal instead', async () => {
    renderApp('/book');
    const login = await screen.findByRole('link', { name: 'Iniciar sesión' });
    expect(login.getAttribute('href')).toBe('/login?returnTo=%2Fbook');

    cleanup();
    vi.mocked(identityClient.getCurrentUser).mockResolvedValue(patientUser);
    renderApp('/book');

    const name = await screen.findByRole('link', { name: 'Lucía García' });
    expect(name.getAttribute('href')).toBe('/portal');
    expect(screen.queryByRole('link', { name: 'Iniciar sesión' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Cerrar sesión' })).toBeTruthy();
  });

  it('sends a visitor who opens the portal to the login page', async () => {
    renderApp('/portal/settings');
    expect(await screen.findByRole('heading', { level: 1, name: 'Iniciar sesión' })).toBeTruthy();
  });

  it('titles the tab with the page and the clinic’s name, in the active language', async () => {
    renderApp('/book');
    await waitFor(() => expect(document.title).toBe('Servicios · Reserva tu tratamiento · Clínica Demo Estética'));

    await userEvent.selectOptions(screen.getByLabelText('Idioma'), 'en');
    await waitFor(() => expect(document.title).toBe('Services · Book a treatment · Clínica Demo Estética'));

    cleanup();
    renderApp('/forgot-password');
    await waitFor(() => expect(document.title).toBe('Reset your password · Clínica Demo Estética'));
  });

  it('shows a not-found page for unknown addresses', async () => {
    renderApp('/nope');
    expect(await screen.findByRole('heading', { level: 1, name: 'Página no encontrada' })).toBeTruthy();
  });
});

describe('detectLanguage', () => {
  it('follows the browser language when nothing is stored', () => {
    const spy = vi.spyOn(navigator, 'language', 'get');
    spy.mockReturnValue('es-MX');
    expect(detectLanguage()).toBe('es');
    spy.mockReturnValue('fr-FR');
    expect(detectLanguage()).toBe('en');
    spy.mockRestore();
  });

  it('prefers the stored choice', async () => {
    await changeLanguage('es');
    expect(detectLanguage()).toBe('es');
  });
});
