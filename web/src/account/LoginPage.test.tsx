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
  identityClient: { getCurrentUser: vi.fn(), getPublicAccountSettings: vi.fn(), logIn: vi.fn(), logOut: vi.fn() },
}));

const logIn = vi.mocked(identityClient.logIn);

beforeEach(async () => {
  vi.mocked(identityClient.getCurrentUser).mockRejectedValue(signedOut);
  vi.mocked(identityClient.getPublicAccountSettings).mockResolvedValue(accountSettings);
  vi.mocked(schedulingClient.getClinicProfile).mockResolvedValue(clinicProfile);
  vi.mocked(schedulingClient.listBookableCategories).mockResolvedValue([]);
  logIn.mockReset();
  await changeLanguage('es');
});

async function fillAndSubmit(email: string, password: string) {
  await userEvent.type(await screen.findByLabelText('Email'), email);
  await userEvent.type(screen.getByLabelText('Contraseña'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Iniciar sesión' }));
}

describe('/login', () => {
  it('shows each missing field next to it, described by its error, and focuses the first', async () => {
    renderApp('/login');

    await userEvent.click(await screen.findByRole('button', { name: 'Iniciar sesión' }));

    const email = screen.getByLabelText('Email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(email.getAttribute('aria-describedby')!)?.textContent).toBe('Este campo es obligatorio.');
    expect(screen.getByLabelText('Contraseña').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(email));
    expect(logIn).not.toHaveBeenCalled();
  });

  it('logs in, shows the name at the top and returns to the booking page', async () => {
    logIn.mockResolvedValue(patientUser);
    renderApp('/login');

    await fillAndSubmit('lucia@example.com', 'correct horse battery');

    expect(await screen.findByRole('heading', { level: 1, name: 'Reserva tu tratamiento' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Lucía García' }).getAttribute('href')).toBe('/portal');
    expect(logIn).toHaveBeenCalledWith({ email: 'lucia@example.com', password: 'correct horse battery', recaptchaToken: null });
  });

  it('goes back to the page that asked for the login, but never to another site', async () => {
    logIn.mockResolvedValue(patientUser);
    vi.mocked(identityClient.getCurrentUser).mockRejectedValueOnce(signedOut).mockResolvedValue(patientUser);
    renderApp('/login?returnTo=%2F%2Fevil.example%2Fphish');

    await fillAndSubmit('lucia@example.com', 'correct horse battery');

    expect(await screen.findByRole('heading', { level: 1, name: 'Reserva tu tratamiento' })).toBeTruthy();
  });

  it('says the same thing for any wrong email or password, and keeps what was typed', async () => {
    logIn.mockRejectedValue({ status: 401, title: 'Login failed' });
    renderApp('/login');

    await fillAndSubmit('lucia@example.com', 'wrong');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'El email o la contraseña no son correctos. Tras varios intentos fallidos la cuenta se bloquea unos minutos.',
    );
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('lucia@example.com');
    expect(screen.getByRole('button', { name: 'Iniciar sesión' })).toBeTruthy();
  });

  it('explains an unverified email and too many attempts', async () => {
    logIn.mockRejectedValueOnce({ status: 403 }).mockRejectedValueOnce({ status: 429 });
    renderApp('/login');

    await fillAndSubmit('lucia@example.com', 'right');
    expect((await screen.findByRole('alert')).textContent).toBe('Antes de iniciar sesión, confirma tu email: te hemos enviado un nuevo enlace.');

    await userEvent.click(screen.getByRole('button', { name: 'Iniciar sesión' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Demasiados intentos seguidos. Espera unos minutos y vuelve a intentarlo.'),
    );
  });

  it('shows a busy button while the login is on its way', async () => {
    logIn.mockReturnValue(new Promise(() => {}));
    renderApp('/login');

    await fillAndSubmit('lucia@example.com', 'correct horse battery');

    const busy = await screen.findByRole('button', { name: 'Iniciando sesión…' });
    expect((busy as HTMLButtonElement).disabled).toBe(true);
  });

  it('with a reCAPTCHA site key, loads Google only then and sends its token for the login action', async () => {
    vi.mocked(identityClient.getPublicAccountSettings).mockResolvedValue({ ...accountSettings, recaptchaSiteKey: 'site-key' });
    logIn.mockRejectedValue(validationProblem({ recaptchaToken: ['We could not confirm that you are not a robot.'] }));
    const execute = vi.fn().mockResolvedValue('captcha-token');
    renderApp('/login');

    await waitFor(() => expect(document.querySelector('script[src*="recaptcha/api.js?render=site-key"]')).not.toBeNull());
    window.grecaptcha = { ready: (callback) => callback(), execute };
    document.querySelector('script[src*="recaptcha"]')!.dispatchEvent(new Event('load'));
    expect(screen.getByText(/protegido por reCAPTCHA/)).toBeTruthy();
    await fillAndSubmit('lucia@example.com', 'correct horse battery');

    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'No hemos podido comprobar que no eres un robot. Vuelve a intentarlo.');
    expect(execute).toHaveBeenCalledWith('site-key', { action: 'login' });
    expect(logIn).toHaveBeenCalledWith(expect.objectContaining({ recaptchaToken: 'captcha-token' }));
  });

  it('works in English', async () => {
    await changeLanguage('en');
    renderApp('/login');

    await userEvent.click(await screen.findByRole('button', { name: 'Log in' }));

    const form = screen.getByRole('button', { name: 'Log in' }).closest('form')!;
    expect(within(form).getAllByText('This field is required.')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Forgot your password?' })).toBeTruthy();
  });
});
