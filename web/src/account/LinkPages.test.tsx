import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { identityClient, schedulingClient } from '../api';
import { changeLanguage } from '../i18n';
import { clinicProfile } from '../test/catalogFixtures';
import { accountSettings, patientUser, signedOut, validationProblem } from '../test/identityFixtures';
import { renderApp } from '../test/renderApp';

vi.mock('../api', () => ({
  schedulingClient: { listBookableCategories: vi.fn(), getClinicProfile: vi.fn() },
  identityClient: {
    getCurrentUser: vi.fn(),
    getPublicAccountSettings: vi.fn(),
    logOut: vi.fn(),
    verifyEmail: vi.fn(),
    activateAccount: vi.fn(),
    requestPasswordReset: vi.fn(),
    resetPassword: vi.fn(),
    checkAccountLink: vi.fn(),
  },
}));

beforeEach(async () => {
  vi.resetAllMocks();
  vi.mocked(identityClient.getCurrentUser).mockRejectedValue(signedOut);
  vi.mocked(identityClient.getPublicAccountSettings).mockResolvedValue(accountSettings);
  vi.mocked(schedulingClient.getClinicProfile).mockResolvedValue(clinicProfile);
  vi.mocked(identityClient.checkAccountLink).mockResolvedValue({ state: 'usable' });
  await changeLanguage('es');
});

describe('pages reached from emailed links', () => {
  it('/verify-email confirms the address once with the token from the link', async () => {
    vi.mocked(identityClient.verifyEmail).mockResolvedValue();
    renderApp('/verify-email?token=abc-123');

    expect(await screen.findByText('Tu email está confirmado. Ya puedes iniciar sesión.')).toBeTruthy();
    expect(identityClient.verifyEmail).toHaveBeenCalledTimes(1);
    expect(identityClient.verifyEmail).toHaveBeenCalledWith({ token: 'abc-123' });
    expect(screen.getByRole('link', { name: 'Ir a iniciar sesión' }).getAttribute('href')).toBe('/login');
  });

  it('/verify-email explains an expired or used link', async () => {
    vi.mocked(identityClient.verifyEmail).mockRejectedValue({ status: 422 });
    renderApp('/verify-email?token=old');

    expect((await screen.findByRole('alert')).textContent).toContain('Este enlace ha caducado o ya se ha usado.');
  });

  it('/activate sets the password, signs the patient in and opens the portal', async () => {
    vi.mocked(identityClient.activateAccount).mockResolvedValue(patientUser);
    renderApp('/activate?token=welcome-token');

    await userEvent.type(await screen.findByLabelText('Contraseña nueva'), 'my own password');
    await userEvent.type(screen.getByLabelText('Repite la contraseña'), 'my own password');
    await userEvent.click(screen.getByRole('button', { name: 'Activar cuenta' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Mi portal' })).toBeTruthy();
    expect(screen.getByText('Hola, Lucía.')).toBeTruthy();
    expect(identityClient.activateAccount).toHaveBeenCalledWith({ token: 'welcome-token', password: 'my own password' });
  });

  it('/activate offers a new link when this one is spent', async () => {
    vi.mocked(identityClient.activateAccount).mockRejectedValue({ status: 422 });
    renderApp('/activate?token=spent');

    await userEvent.type(await screen.findByLabelText('Contraseña nueva'), 'my own password');
    await userEvent.type(screen.getByLabelText('Repite la contraseña'), 'my own password');
    await userEvent.click(screen.getByRole('button', { name: 'Activar cuenta' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Este enlace ha caducado o ya se ha usado.');
    expect(screen.getByRole('link', { name: 'Pedir un enlace nuevo' }).getAttribute('href')).toBe('/forgot-password');
  });

  it('/activate says at once that the account is already active when the patient registered the same email since, and shows no form', async () => {
    vi.mocked(identityClient.checkAccountLink).mockResolvedValue({ state: 'account-active' });
    renderApp('/activate?token=old-welcome');

    const notice = (await screen.findByText(/Tu cuenta ya está activa/)).closest('.notice') as HTMLElement;
    expect(identityClient.checkAccountLink).toHaveBeenCalledWith({ kind: 'activation', token: 'old-welcome' }, expect.anything());
    expect(within(notice).getByRole('link', { name: 'Iniciar sesión' }).getAttribute('href')).toBe('/login');
    expect(screen.queryByLabelText('Contraseña nueva')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Activar cuenta' })).toBeNull();
  });

  it('/reset-password says a spent link at once instead of showing the form', async () => {
    vi.mocked(identityClient.checkAccountLink).mockResolvedValue({ state: 'expired-or-used' });
    renderApp('/reset-password?token=used');

    expect(await screen.findByRole('link', { name: 'Pedir un enlace nuevo' })).toBeTruthy();
    expect(identityClient.checkAccountLink).toHaveBeenCalledWith({ kind: 'password-reset', token: 'used' }, expect.anything());
    expect(screen.queryByLabelText('Contraseña nueva')).toBeNull();
  });

  it('/forgot-password answers the same way whatever the email, without saying whether it exists', async () => {
    vi.mocked(identityClient.requestPasswordReset).mockResolvedValue();
    renderApp('/forgot-password');

    await userEvent.type(await screen.findByLabelText('Email'), 'someone@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Enviar enlace' }));

    expect((await screen.findByRole('status')).textContent).toContain('Si someone@example.com tiene una cuenta');
  });

  it('/reset-password checks the new password, then confirms the change', async () => {
    vi.mocked(identityClient.resetPassword).mockRejectedValueOnce(validationProblem({ newPassword: ['too weak'] })).mockResolvedValueOnce();
    renderApp('/reset-password?token=reset-token');

    await userEvent.type(await screen.findByLabelText('Contraseña nueva'), 'a new password');
    await userEvent.type(screen.getByLabelText('Repite la contraseña'), 'a new password');
    await userEvent.click(screen.getByRole('button', { name: 'Guardar contraseña' }));
    await waitFor(() => expect(screen.getByLabelText('Contraseña nueva').getAttribute('aria-invalid')).toBe('true'));

    await userEvent.click(screen.getByRole('button', { name: 'Guardar contraseña' }));

    expect(await screen.findByText('Tu contraseña se ha cambiado. Ya puedes iniciar sesión con ella.')).toBeTruthy();
    expect(identityClient.resetPassword).toHaveBeenLastCalledWith({ token: 'reset-token', newPassword: 'a new password' });
  });
});
