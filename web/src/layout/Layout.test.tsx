import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { schedulingClient } from '../api';
import i18n, { changeLanguage, detectLanguage } from '../i18n';
import { clinicProfile } from '../test/catalogFixtures';
import { renderApp } from '../test/renderApp';

vi.mock('../api', () => ({
  schedulingClient: { listBookableCategories: vi.fn(), getClinicProfile: vi.fn() },
}));

beforeEach(async () => {
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
    renderApp('/portal');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mi portal' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('es');

    await userEvent.selectOptions(screen.getByLabelText('Idioma'), 'en');

    expect(await screen.findByRole('heading', { level: 1, name: 'My portal' })).toBeTruthy();
    expect(screen.getByLabelText('Language')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(detectLanguage()).toBe('en');
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
