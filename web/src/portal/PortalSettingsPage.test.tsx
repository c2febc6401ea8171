import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { identityClient, schedulingClient } from '../api';
import { changeLanguage } from '../i18n';
import { clinicProfile } from '../test/catalogFixtures';
import { accountSettings, patientProfile, patientUser, validationProblem } from '../test/identityFixtures';
import { renderApp } from '../test/renderApp';

vi.mock('../api', () => ({
  schedulingClient: { listBookableCategories: vi.fn(), getClinicProfile: vi.fn() },
  identityClient: {
    getCurrentUser: vi.fn(),
    getPublicAccountSettings: vi.fn(),
    logOut: vi.fn(),
    getMyProfile: vi.fn(),
    updateMyProfile: vi.fn(),
    changePassword: vi.fn(),
  },
}));

beforeEach(async () => {
  vi.resetAllMocks();
  vi.mocked(identityClient.getCurrentUser).mockResolvedValue(patientUser);
  vi.mocked(identityClient.getPublicAccountSettings).mockResolvedValue(accountSettings);
  vi.mocked(identityClient.getMyProfile).mockResolvedValue(patientProfile);
  vi.mocked(schedulingClient.getClinicProfile).mockResolvedValue(clinicProfile);
  vi.mocked(schedulingClient.listBookableCategories).mockResolvedValue([]);
  await changeLanguage('es');
});

afterEach(() => vi.useRealTimers());

describe('/portal/settings', () => {
  it('loads the patient’s details, saves the edited ones and confirms', async () => {
    vi.mocked(identityClient.updateMyProfile).mockImplementation(async (body) => ({ ...patientProfile, ...body }));
    renderApp('/portal/settings');

    const lastName = await screen.findByDisplayValue('García');
    expect(screen.getByText('Tu email de acceso es lucia@example.com.')).toBeTruthy();
    await userEvent.clear(lastName);
    await userEvent.type(lastName, 'García Pérez');
    await userEvent.type(screen.getByLabelText('Dirección (opcional)'), 'Calle Mayor 1');
    await userEvent.click(screen.getByRole('button', { name: 'Guardar mis datos' }));

    expect(await screen.findByText('Tus datos se han guardado.')).toBeTruthy();
    expect(identityClient.updateMyProfile).toHaveBeenCalledWith({
      firstName: 'Lucía',
      lastName: 'García Pérez',
      phone: '+34600111222',
      birthDate: '1990-05-17',
      address: 'Calle Mayor 1',
      preferredLanguage: 'es',
      marketingConsent: false,
    });
  });

  it('puts a wrong current password next to that field and focuses it', async () => {
    vi.mocked(identityClient.changePassword).mockRejectedValue(validationProblem({ currentPassword: ['The current password is not correct.'] }));
    renderApp('/portal/settings');

    await userEvent.type(await screen.findByLabelText('Contraseña actual'), 'not mine');
    await userEvent.type(screen.getByLabelText('Contraseña nueva'), 'a brand new one');
    await userEvent.type(screen.getByLabelText('Repite la contraseña'), 'a brand new one');
    await userEvent.click(screen.getByRole('button', { name: 'Cambiar contraseña' }));

    const current = screen.getByLabelText('Contraseña actual');
    await waitFor(() => expect(document.activeElement).toBe(current));
    expect(current.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(current.getAttribute('aria-describedby')!)?.textContent).toBe('La contraseña actual no es correcta.');
  });

  it('changes the password and clears the form', async () => {
    vi.mocked(identityClient.changePassword).mockResolvedValue();
    renderApp('/portal/settings');

    await userEvent.type(await screen.findByLabelText('Contraseña actual'), 'correct horse battery');
    await userEvent.type(screen.getByLabelText('Contraseña nueva'), 'a brand new one');
    await userEvent.type(screen.getByLabelText('Repite la contraseña'), 'a brand new one');
    await userEvent.click(screen.getByRole('button', { name: 'Cambiar contraseña' }));

    expect(await screen.findByText('Tu contraseña se ha cambiado.')).toBeTruthy();
    expect((screen.getByLabelText('Contraseña actual') as HTMLInputElement).value).toBe('');
    expect(identityClient.changePassword).toHaveBeenCalledWith({ currentPassword: 'correct horse battery', newPassword: 'a brand new one' });
  });

  it('logs the patient out after the configured time without activity', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.mocked(identityClient.logOut).mockResolvedValue();
    renderApp('/portal/settings');
    await screen.findByDisplayValue('García');

    await act(async () => {
      vi.advanceTimersByTime(30 * 60_000);
    });

    expect(await screen.findByText('Hemos cerrado tu sesión tras un rato sin actividad. Vuelve a iniciarla para continuar.')).toBeTruthy();
    expect(identityClient.logOut).toHaveBeenCalledTimes(1);
  });
});
