import { configure, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { identityClient, schedulingClient } from '../../api';
import { changeLanguage } from '../../i18n';
import { clinicProfile } from '../../test/catalogFixtures';
import { validationProblem } from '../../test/identityFixtures';
import { elena, frontDeskUser, patientRecord, providerUser } from '../../test/patientFixtures';
import { renderApp } from '../../test/renderApp';

vi.mock('../../api', () => ({
  schedulingClient: { getClinicProfile: vi.fn() },
  identityClient: {
    getCurrentUser: vi.fn(),
    getPublicAccountSettings: vi.fn(),
    logOut: vi.fn(),
    createPatient: vi.fn(),
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

async function openForm() {
  renderApp('/admin/patients/new');
  await screen.findByRole('heading', { level: 1, name: 'Nuevo paciente' });
  return userEvent.setup();
}

describe('/admin/patients/new', () => {
  it('shows each mistake next to its field, focuses the first and sends nothing', async () => {
    const user = await openForm();
    await user.type(screen.getByLabelText('Email (opcional)'), 'not-an-email');
    await user.type(screen.getByLabelText('Teléfono (opcional)'), '12');

    await user.click(screen.getByRole('button', { name: 'Crear paciente' }));

    const firstName = screen.getByLabelText('Nombre');
    await vi.waitFor(() => expect(document.activeElement).toBe(firstName));
    expect(firstName.getAttribute('aria-invalid')).toBe('true');
    const required = screen.getAllByText('Este campo es obligatorio.');
    expect(required).toHaveLength(2);
    expect(firstName.getAttribute('aria-describedby')).toContain(required[0].id);
    expect(screen.getByLabelText('Email (opcional)').getAttribute('aria-describedby')).toContain(
      screen.getByText('Escribe un email válido, como nombre@ejemplo.com.').id,
    );
    expect(screen.getByText(/Escribe un teléfono válido/)).toBeTruthy();
    expect(identityClient.createPatient).not.toHaveBeenCalled();
  });

  it('creates the patient with empty fields as null, then shows the record and says it was created', async () => {
    const created = patientRecord('44444444-4444-4444-4444-444444444444', 'Marina', 'López', { profile: { ...elena.profile, id: '44444444-4444-4444-4444-444444444444', firstName: 'Marina', lastName: 'López', email: null } });
    vi.mocked(identityClient.createPatient).mockResolvedValue(created);
    vi.mocked(identityClient.getPatient).mockResolvedValue(created);
    const user = await openForm();
    await user.type(screen.getByLabelText('Nombre'), ' Marina ');
    await user.type(screen.getByLabelText('Apellidos'), 'López');
    await user.type(screen.getByLabelText('Teléfono (opcional)'), '600 111 222');
    await user.selectOptions(screen.getByLabelText('Idioma de los emails y SMS'), 'en');
    await user.click(screen.getByLabelText('Acepta recibir novedades y promociones de la clínica'));

    await user.click(screen.getByRole('button', { name: 'Crear paciente' }));

    expect(identityClient.createPatient).toHaveBeenCalledWith({
      firstName: 'Marina',
      lastName: 'López',
      email: null,
      phone: '600 111 222',
      birthDate: null,
      address: null,
      preferredLanguage: 'en',
      marketingConsent: true,
    });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Marina López' });
    expect(await screen.findByText('Paciente creado: Marina López.')).toBeTruthy();
    expect(screen.getByText('Paciente creado: Marina López.').closest('[role="status"]')).toBeTruthy();
    expect(document.activeElement).toBe(heading);
  });

  it('says inline that the email is already on file and links to that patient', async () => {
    vi.mocked(identityClient.createPatient).mockRejectedValue({
      status: 409,
      title: 'Conflict',
      detail: `Patient '${elena.profile.id}' (Elena Ruiz) already has the email elena@example.test.`,
      existingPatientId: elena.profile.id,
    });
    const user = await openForm();
    await user.type(screen.getByLabelText('Nombre'), 'Elena');
    await user.type(screen.getByLabelText('Apellidos'), 'Ruiz');
    await user.type(screen.getByLabelText('Email (opcional)'), 'elena@example.test');

    await user.click(screen.getByRole('button', { name: 'Crear paciente' }));

    const message = await screen.findByText('Ya hay un paciente con este email.');
    const email = screen.getByLabelText('Email (opcional)');
    expect(email.getAttribute('aria-describedby')).toContain(message.id);
    expect(document.activeElement).toBe(email);
    expect(screen.getByRole('link', { name: 'Ver la ficha que tiene este email' }).getAttribute('href')).toBe(`/admin/patients/${elena.profile.id}`);
  });

  it('puts the server’s field errors next to their fields', async () => {
    vi.mocked(identityClient.createPatient).mockRejectedValue(validationProblem({ birthDate: ['Enter a birth date in the past.'] }));
    const user = await openForm();
    await user.type(screen.getByLabelText('Nombre'), 'Elena');
    await user.type(screen.getByLabelText('Apellidos'), 'Ruiz');

    await user.click(screen.getByRole('button', { name: 'Crear paciente' }));

    const message = await screen.findByText('Enter a birth date in the past.');
    expect(screen.getByLabelText('Fecha de nacimiento (opcional)').getAttribute('aria-describedby')).toContain(message.id);
  });

  it('tells a provider their role cannot add patients instead of showing a form the API would refuse', async () => {
    vi.mocked(identityClient.getCurrentUser).mockResolvedValue(providerUser);
    renderApp('/admin/patients/new');
    expect(await screen.findByText(/Tu rol puede consultar pacientes pero no darlos de alta/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Crear paciente' })).toBeNull();
  });
});
