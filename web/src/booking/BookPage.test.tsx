import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { identityClient, schedulingClient } from '../api';
import { changeLanguage } from '../i18n';
import { categories, clinicProfile } from '../test/catalogFixtures';
import { accountSettings, signedOut } from '../test/identityFixtures';
import { renderApp } from '../test/renderApp';

vi.mock('../api', () => ({
  schedulingClient: { listBookableCategories: vi.fn(), getClinicProfile: vi.fn() },
  identityClient: { getCurrentUser: vi.fn(), getPublicAccountSettings: vi.fn(), logOut: vi.fn() },
}));

const listCategories = vi.mocked(schedulingClient.listBookableCategories);
const nbsp = /\u00a0|\u202f/g;
const text = (element: HTMLElement) => element.textContent?.replace(nbsp, ' ');

beforeEach(async () => {
  vi.mocked(identityClient.getCurrentUser).mockRejectedValue(signedOut);
  vi.mocked(identityClient.getPublicAccountSettings).mockResolvedValue(accountSettings);
  vi.mocked(schedulingClient.getClinicProfile).mockResolvedValue(clinicProfile);
  listCategories.mockReset();
  await changeLanguage('es');
});

describe('/book', () => {
  it('lists categories in sort order with their services, duration and localized price', async () => {
    listCategories.mockResolvedValue(categories);
    renderApp('/book');

    await screen.findByRole('heading', { level: 2, name: 'Tratamientos faciales' }, { timeout: 5000 });
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(headings.map((heading) => heading.textContent)).toEqual(['Servicios', 'Tratamientos faciales', 'Medicina estética']);
    expect(screen.getByText('Paso 1 de 5')).toBeTruthy();

    const card = screen.getByRole('heading', { level: 3, name: 'Limpieza facial profunda' }).closest('li')!;
    expect(text(card)).toContain('Limpieza con extracción y mascarilla.');
    expect(text(within(card).getByText(/min$/))).toBe('60 min');
    expect(text(within(card).getByText(/^65,50/))).toBe('65,50 €');
    expect(text(card)).toContain('Depósito: 20,00 €');
    expect(await screen.findByRole('link', { name: 'Clínica Demo Estética' })).toBeTruthy();

    const freeCard = screen.getByRole('heading', { level: 3, name: 'Consulta de valoración' }).closest('li')!;
    expect(within(freeCard).getByText('Gratis')).toBeTruthy();
    expect(text(freeCard)).not.toContain('Depósito');
  });

  it('formats prices for the English locale after switching language', async () => {
    listCategories.mockResolvedValue(categories);
    renderApp('/book');
    await screen.findByRole('heading', { name: 'Limpieza facial profunda' });

    await userEvent.selectOptions(screen.getByLabelText('Idioma'), 'en');

    expect(await screen.findByRole('heading', { level: 1, name: 'Book a treatment' })).toBeTruthy();
    expect(screen.getByText('€65.50')).toBeTruthy();
  });

  it('adds a service to the selection with its book button', async () => {
    listCategories.mockResolvedValue(categories);
    renderApp('/book');

    await userEvent.click(await screen.findByRole('button', { name: 'Reservar Limpieza facial profunda' }));

    expect(screen.getByText('1 servicio seleccionado')).toBeTruthy();
    // Both the service card and the selection panel offer to remove it.
    expect(screen.getAllByRole('button', { name: 'Quitar Limpieza facial profunda' })).toHaveLength(2);
    expect(text(within(screen.getByRole('region', { name: 'Tu selección' })).getByText(/^Total:/))).toBe('Total: 65,50 €');
    expect(JSON.parse(sessionStorage.getItem('clinic.cart')!)).toEqual(['aaaaaaaa-0000-0000-0000-000000000001']);
  });

  it('shows a busy status while the services load', async () => {
    listCategories.mockReturnValue(new Promise(() => {}));
    renderApp('/book');

    const status = await screen.findByText('Cargando servicios…');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.closest('[aria-busy]')?.getAttribute('aria-busy')).toBe('true');
  });

  it('shows an error with a retry that reloads the services', async () => {
    listCategories.mockRejectedValueOnce(new Error('boom')).mockResolvedValueOnce(categories);
    renderApp('/book');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('No se pudieron cargar los servicios.');

    await userEvent.click(within(alert).getByRole('button', { name: 'Reintentar' }));

    expect(await screen.findByRole('heading', { name: 'Limpieza facial profunda' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(listCategories).toHaveBeenCalledTimes(2);
  });

  it('says so when no service can be booked online', async () => {
    listCategories.mockResolvedValue([]);
    renderApp('/book');

    expect(await screen.findByText('Todavía no hay servicios disponibles para reservar online.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('Cargando servicios…')).toBeNull());
  });
});
