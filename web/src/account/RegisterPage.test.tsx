import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { identityClient, schedulingClient } from '../api';
import { changeLanguage } from '../i18n';
import { clinicProfile } from '../test/catalogFixtures';
import { accountSettings, signedOut, validationProblem } from '../test/identityFixtures';
import { renderApp } from '../test/renderApp';

vi.mock('../api', () => ({
  schedulingClient: { listBookableCategories: vi.fn(), getClinicProfile: vi.fn() },
  identityClient: { getCurrentUser: vi.fn(), getPublicAccountSettings: vi.fn(), registerPatient: vi.fn(), logOut: vi.fn() },
}));

const registerPatient = vi.mocked(identityClient.registerPatient);

beforeEach(async () => {
  vi.mocked(identityClient.getCurrentUser).mockRejectedValue(signedOut);
  vi.mocked(identityClient.getPublicAccountSettings).mockResolvedValue(accountSettings);
  vi.mocked(schedulingClient.getClinicProfile).mockResolvedValue(clinicProfile);
  registerPatient.mockReset();
  await changeLanguage('es');
});

async function fillRequired(password = 'correct horse battery', confirm = password) {
  await userEvent.type(await screen.findByLabelText('Nombre'), 'Lucía');
  await userEvent.type(screen.getByLabelText('Apellidos'), 'García');
  await userEvent.type(screen.getByLabelText('Email'), 'lucia@example.com');
  await userEvent.type(screen.getByLabelText('Contraseña'), password);
  await userEvent.type(screen.getByLabelText('Repite la contraseña'), confirm);
}

describe('/register', () => {
  it('checks the form before sending it: required fields, email, password length and match', async () => {
    renderApp('/register');
    await userEvent.type(await screen.findByLabelText('Email'), 'not-an-email');
    await userEvent.type(screen.getByLabelText('Contraseña'), 'short');
    await userEvent.type(screen.getByLabelText('Repite la contraseña'), 'different');

    await userEvent.click(screen.getByRole('button', { name: 'Crear cuenta' }));

    const firstName = screen.getByLabelText('Nombre');
    await waitFor(() => expect(document.activeElement).toBe(firstName));
    const errorOf = (label: string) => document.getElementById(screen.getByLabelText(label).getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent;
    expect(errorOf('Nombre')).toBe('Este campo es obligatorio.');
    expect(errorOf('Email')).toBe('Escribe un email válido, como nombre@ejemplo.com.');
    expect(errorOf('Contraseña')).toBe('La contraseña debe tener al menos 8 caracteres.');
    expect(errorOf('Repite la contraseña')).toBe('Las contraseñas no coinciden.');
    expect(registerPatient).not.toHaveBeenCalled();
  });

  it('sends the details with empty optional fields as null and the chosen language, then asks to check the inbox', async () => {
    registerPatient.mockResolvedValue();
    renderApp('/register');
    await fillRequired();
    await userEvent.selectOptions(screen.getByLabelText('Idioma de los emails y SMS'), 'en');
    await userEvent.click(screen.getByLabelText('Quiero recibir novedades y promociones de la clínica'));

    await userEvent.click(screen.getByRole('button', { name: 'Crear cuenta' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Revisa tu correo' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('lucia@example.com');
    expect(registerPatient).toHaveBeenCalledWith({
      firstName: 'Lucía',
      lastName: 'García',
      email: 'lucia@example.com',
      password: 'correct horse battery',
      phone: null,
      birthDate: null,
      language: 'en',
      marketingConsent: true,
    });
  });

  it('puts the server’s field errors next to the field, in the page language', async () => {
    registerPatient.mockRejectedValue(validationProblem({ phone: ['Enter a valid phone number.'] }));
    renderApp('/register');
    await fillRequired();
    await userEvent.type(screen.getByLabelText('Teléfono (opcional)'), '+34 000 000');

    await userEvent.click(screen.getByRole('button', { name: 'Crear cuenta' }));

    const phone = screen.getByLabelText('Teléfono (opcional)');
    await waitFor(() => expect(phone.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(phone.getAttribute('aria-describedby')!)?.textContent).toContain('Escribe un teléfono válido');
    expect(document.activeElement).toBe(phone);
  });

  it('says so when the server is unavailable, keeping the form filled', async () => {
    registerPatient.mockRejectedValue(new Error('offline'));
    renderApp('/register');
    await fillRequired();

    await userEvent.click(screen.getByRole('button', { name: 'Crear cuenta' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Algo ha fallado por nuestra parte. Vuelve a intentarlo en unos minutos.');
    expect((screen.getByLabelText('Nombre') as HTMLInputElement).value).toBe('Lucía');
  });
});
