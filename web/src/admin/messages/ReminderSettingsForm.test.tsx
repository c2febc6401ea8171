import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { notificationsClient } from '../../api';
import { changeLanguage } from '../../i18n';
import { validationProblem } from '../../test/identityFixtures';
import { ReminderSettingsForm } from './ReminderSettingsForm';

vi.mock('../../api', () => ({
  notificationsClient: { getReminderSettings: vi.fn(), updateReminderSettings: vi.fn() },
}));

function renderForm(isAdmin = true) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <ReminderSettingsForm isAdmin={isAdmin} />
    </QueryClientProvider>,
  );
}

function reminder(number: number) {
  return within(screen.getByRole('group', { name: `Recordatorio ${number}` }));
}

/** The text of the element(s) a field names in aria-describedby, i.e. what a screen reader reads with it. */
function description(field: HTMLElement) {
  return (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

beforeEach(async () => {
  vi.resetAllMocks();
  vi.mocked(notificationsClient.getReminderSettings).mockResolvedValue({
    reminders: [
      { hoursBefore: 48, email: true, sms: false },
      { hoursBefore: 2, email: false, sms: true },
    ],
  });
  await changeLanguage('es');
});

describe('ReminderSettingsForm', () => {
  it('shows the clinic’s reminders, saves a change and confirms it', async () => {
    vi.mocked(notificationsClient.updateReminderSettings).mockResolvedValue({
      reminders: [
        { hoursBefore: 72, email: true, sms: true },
        { hoursBefore: 2, email: false, sms: true },
      ],
    });
    renderForm();

    const hours = (await screen.findAllByLabelText('Horas antes de la cita')) as HTMLInputElement[];
    expect(hours.map((input) => input.value)).toEqual(['48', '2']);
    expect((reminder(1).getByLabelText('Por email') as HTMLInputElement).checked).toBe(true);
    expect((reminder(1).getByLabelText('Por SMS') as HTMLInputElement).checked).toBe(false);

    await userEvent.clear(hours[0]!);
    await userEvent.type(hours[0]!, '72');
    await userEvent.click(reminder(1).getByLabelText('Por SMS'));
    await userEvent.click(screen.getByRole('button', { name: 'Guardar recordatorios' }));

    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Recordatorios guardados.');
    expect(notificationsClient.updateReminderSettings).toHaveBeenCalledWith({
      reminders: [
        { hoursBefore: 72, email: true, sms: true },
        { hoursBefore: 2, email: false, sms: true },
      ],
    });
  });

  it('adds and removes reminders, up to five, and can switch them all off', async () => {
    vi.mocked(notificationsClient.updateReminderSettings).mockResolvedValue({ reminders: [] });
    renderForm();
    await screen.findAllByLabelText('Horas antes de la cita');

    const add = screen.getByRole('button', { name: 'Añadir recordatorio' });
    for (let i = 0; i < 3; i++) await userEvent.click(add);
    expect(screen.getAllByLabelText('Horas antes de la cita')).toHaveLength(5);
    expect((add as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Como máximo 5 recordatorios.')).toBeTruthy();

    for (let i = 5; i >= 1; i--) await userEvent.click(screen.getByRole('button', { name: `Quitar el recordatorio ${i}` }));
    expect(screen.getByText('Sin recordatorios: no se enviará ninguno.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Guardar recordatorios' }));

    expect(await screen.findByText('Guardado: ya no se enviarán recordatorios.')).toBeTruthy();
    expect(notificationsClient.updateReminderSettings).toHaveBeenCalledWith({ reminders: [] });
  });

  it('puts its own errors next to the fields, focuses the first and sends nothing', async () => {
    renderForm();
    const hours = (await screen.findAllByLabelText('Horas antes de la cita')) as HTMLInputElement[];

    await userEvent.clear(hours[0]!);
    await userEvent.type(hours[0]!, '721');
    await userEvent.click(reminder(2).getByLabelText('Por SMS'));
    await userEvent.click(screen.getByRole('button', { name: 'Añadir recordatorio' }));
    await userEvent.type(screen.getAllByLabelText('Horas antes de la cita')[2]!, '2');
    await userEvent.click(screen.getByRole('button', { name: 'Guardar recordatorios' }));

    // Validation is asynchronous: on a busy machine the errors and the focus arrive after the click resolves.
    expect((await screen.findByRole('alert')).textContent).toBe('Revisa los campos marcados.');
    expect(notificationsClient.updateReminderSettings).not.toHaveBeenCalled();
    expect(hours[0]!.getAttribute('aria-invalid')).toBe('true');
    expect(description(hours[0]!)).toContain('Escribe un número entero de horas entre 1 y 720.');
    await waitFor(() => expect(document.activeElement).toBe(hours[0]));
    expect(description(reminder(2).getByLabelText('Por email'))).toBe('Elige email, SMS o ambos.');
    expect(description(screen.getAllByLabelText('Horas antes de la cita')[2]!)).toContain('Ya hay otro recordatorio con estas horas.');
  });

  it('shows the server’s field errors next to the field they belong to', async () => {
    vi.mocked(notificationsClient.updateReminderSettings).mockRejectedValue(
      validationProblem({ 'reminders[1].hoursBefore': ["'Hours Before' must be between 1 and 720. You entered 0."], 'reminders[0].channels': ['A reminder must be sent by email, SMS or both.'] }),
    );
    renderForm();
    await screen.findAllByLabelText('Horas antes de la cita');

    await userEvent.click(screen.getByRole('button', { name: 'Guardar recordatorios' }));

    const second = reminder(2).getByLabelText('Horas antes de la cita');
    expect(await reminder(2).findByText("'Hours Before' must be between 1 and 720. You entered 0.")).toBeTruthy();
    expect(second.getAttribute('aria-invalid')).toBe('true');
    expect(description(second)).toContain("'Hours Before' must be between 1 and 720.");
    expect(description(reminder(1).getByLabelText('Por SMS'))).toBe('A reminder must be sent by email, SMS or both.');
    expect(document.activeElement).toBe(reminder(1).getByLabelText('Por email'));
  });

  it('tells a non-admin the section is for administrators and does not ask the API', async () => {
    renderForm(false);
    expect(screen.getByText('Solo un administrador puede ver y cambiar esta sección.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Guardar recordatorios' })).toBeNull();
    expect(notificationsClient.getReminderSettings).not.toHaveBeenCalled();
  });

  it('shows the forbidden notice when the API refuses the settings', async () => {
    vi.mocked(notificationsClient.getReminderSettings).mockRejectedValue({ status: 403 });
    renderForm();
    expect(await screen.findByText('Solo un administrador puede ver y cambiar esta sección.')).toBeTruthy();
  });
});
