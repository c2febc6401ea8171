import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { schedulingClient, type AppointmentDetails, type AppointmentStatus } from '../../api';
import { changeLanguage } from '../../i18n';
import { legalActions } from './appointmentActions';
import { AppointmentDialog } from './AppointmentDialog';

vi.mock('../../api', () => ({
  schedulingClient: {
    getAppointment: vi.fn(),
    startAppointment: vi.fn(),
    completeAppointment: vi.fn(),
    markNoShow: vi.fn(),
    cancelAppointment: vi.fn(),
    rescheduleAppointment: vi.fn(),
  },
}));

const startsAt = '2026-11-27T10:00:00+01:00';
const beforeStart = new Date('2026-11-26T09:00:00Z');
const afterStart = new Date('2026-11-27T09:30:00Z');

function appointment(status: AppointmentStatus): AppointmentDetails {
  return {
    id: 'a1',
    status,
    patientId: 'p1',
    patientName: 'Lucía García',
    locationId: 'l1',
    locationName: 'Lumina Madrid · Salamanca',
    locationPhone: '+34910000000',
    timeZone: 'Europe/Madrid',
    providerId: 'pr1',
    providerName: 'Marta Sánchez',
    startsAt,
    endsAt: '2026-11-27T11:00:00+01:00',
    services: [{ serviceId: 's1', name: 'Limpieza facial profunda', durationMinutes: 60, price: { amountMinor: 6500, currency: 'EUR' } }],
    notes: null,
    policyVersion: 1,
    cancellationFeeMinor: 2000,
    history: [{ at: '2026-11-20T09:00:00Z', by: 'Recepción', action: 'Booked', details: null }],
    calendarUrl: '/calendar/a1.ics',
  };
}

function renderDialog(now: Date, onClose = vi.fn()) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <AppointmentDialog appointmentId="a1" onClose={onClose} now={() => now} />
    </QueryClientProvider>,
  );
  return onClose;
}

async function actionNames() {
  await screen.findByText('Lucía García');
  const group = screen.queryByRole('group', { name: 'Acciones de la cita' });
  return group ? within(group).getAllByRole('button').map((button) => button.textContent) : [];
}

beforeEach(async () => {
  vi.resetAllMocks();
  await changeLanguage('es');
});

describe('legalActions', () => {
  it('offers no-show only once the appointment time has come', () => {
    expect(legalActions('Booked', startsAt, beforeStart)).toEqual(['start', 'reschedule', 'cancel']);
    expect(legalActions('Booked', startsAt, afterStart)).toEqual(['start', 'noShow', 'reschedule', 'cancel']);
  });

  it('offers only completion for a started appointment and nothing for a closed one', () => {
    expect(legalActions('Started', startsAt, afterStart)).toEqual(['complete']);
    for (const status of ['Completed', 'Cancelled', 'NoShow'] as const) expect(legalActions(status, startsAt, afterStart)).toEqual([]);
  });
});

describe('AppointmentDialog', () => {
  it('shows a booked appointment in the location’s zone with start, reschedule and cancel', async () => {
    vi.mocked(schedulingClient.getAppointment).mockResolvedValue(appointment('Booked'));
    renderDialog(beforeStart);

    expect(await actionNames()).toEqual(['Iniciar cita', 'Cambiar fecha u hora', 'Cancelar cita']);
    expect(screen.getByRole('dialog', { name: 'Detalle de la cita' })).toBeTruthy();
    expect(screen.getByText('Reservada')).toBeTruthy();
    expect(screen.getByText(/viernes, 27 de noviembre de 2026, 10:00 – 11:00/)).toBeTruthy();
    expect(screen.getByText('(hora de Europe/Madrid)')).toBeTruthy();
    expect(screen.getByText(/Limpieza facial profunda/)).toBeTruthy();
  });

  it('adds no-show for a booked appointment whose time has come', async () => {
    vi.mocked(schedulingClient.getAppointment).mockResolvedValue(appointment('Booked'));
    renderDialog(afterStart);

    expect(await actionNames()).toEqual(['Iniciar cita', 'Marcar como no presentado', 'Cambiar fecha u hora', 'Cancelar cita']);
  });

  it('offers only completion while the appointment is in progress', async () => {
    vi.mocked(schedulingClient.getAppointment).mockResolvedValueOnce(appointment('Started'));
    renderDialog(afterStart);
    expect(await actionNames()).toEqual(['Completar cita']);
  });

  it('offers no action for a cancelled appointment', async () => {
    vi.mocked(schedulingClient.getAppointment).mockResolvedValue(appointment('Cancelled'));
    renderDialog(afterStart);
    expect(await actionNames()).toEqual([]);
    expect(screen.getByText('Cancelada')).toBeTruthy();
  });

  it('starts the appointment, announces it and then offers completion', async () => {
    vi.mocked(schedulingClient.getAppointment).mockResolvedValue(appointment('Booked'));
    vi.mocked(schedulingClient.startAppointment).mockResolvedValue(appointment('Started'));
    renderDialog(beforeStart);

    await userEvent.click(await screen.findByRole('button', { name: 'Iniciar cita' }));

    expect(await screen.findByText('Cita iniciada.')).toBeTruthy();
    expect(schedulingClient.startAppointment).toHaveBeenCalledWith('a1');
    expect(screen.getByText('En curso')).toBeTruthy();
    expect(await actionNames()).toEqual(['Completar cita']);
  });

  it('explains a refused transition with its own message and the server’s reason', async () => {
    vi.mocked(schedulingClient.getAppointment).mockResolvedValue(appointment('Started'));
    vi.mocked(schedulingClient.completeAppointment).mockRejectedValue({
      status: 409,
      title: 'Conflict',
      detail: 'Only an appointment in progress can be completed; this one is cancelled. Start it first.',
    });
    renderDialog(afterStart);

    await userEvent.click(await screen.findByRole('button', { name: 'Completar cita' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('No se ha podido hacer: la cita ya no está en un estado que lo permita o el horario no está libre.');
    expect(alert.textContent).toContain('Only an appointment in progress can be completed');
    expect(screen.getByText('En curso')).toBeTruthy();
  });

  it('cancels with the late fee and the reason the staff member gave', async () => {
    vi.mocked(schedulingClient.getAppointment).mockResolvedValue(appointment('Booked'));
    vi.mocked(schedulingClient.cancelAppointment).mockResolvedValue(appointment('Cancelled'));
    renderDialog(beforeStart);

    await userEvent.click(await screen.findByRole('button', { name: 'Cancelar cita' }));
    await userEvent.click(screen.getByLabelText('Cobrar la penalización por cancelación tardía (20,00 €)'));
    await userEvent.type(screen.getByLabelText('Motivo (opcional)'), 'Avisó por teléfono');
    await userEvent.click(screen.getByRole('button', { name: 'Confirmar la cancelación' }));

    expect(await screen.findByText('Cita cancelada.')).toBeTruthy();
    expect(schedulingClient.cancelAppointment).toHaveBeenCalledWith('a1', { chargeLateFee: true, reason: 'Avisó por teléfono' });
  });

  it('reschedules to a wall-clock time at the location, sent with the location’s offset', async () => {
    vi.mocked(schedulingClient.getAppointment).mockResolvedValue(appointment('Booked'));
    vi.mocked(schedulingClient.rescheduleAppointment).mockResolvedValue(appointment('Booked'));
    renderDialog(beforeStart);

    await userEvent.click(await screen.findByRole('button', { name: 'Cambiar fecha u hora' }));
    expect((screen.getByLabelText('Nueva fecha') as HTMLInputElement).value).toBe('2026-11-27');
    expect((screen.getByLabelText('Nueva hora') as HTMLInputElement).value).toBe('10:00');
    await userEvent.clear(screen.getByLabelText('Nueva fecha'));
    await userEvent.type(screen.getByLabelText('Nueva fecha'), '2026-12-01');
    await userEvent.click(screen.getByRole('button', { name: 'Guardar el cambio' }));

    expect(await screen.findByText('Cita cambiada de fecha u hora.')).toBeTruthy();
    expect(schedulingClient.rescheduleAppointment).toHaveBeenCalledWith('a1', { startsAt: '2026-12-01T10:00:00+01:00', providerId: null });
  });

  it('closes on Escape', async () => {
    vi.mocked(schedulingClient.getAppointment).mockResolvedValue(appointment('Booked'));
    const onClose = renderDialog(beforeStart);
    await screen.findByText('Lucía García');
    screen.getByRole('button', { name: 'Cerrar' }).focus();

    await userEvent.keyboard('{Escape}');

    expect(onClose).toHaveBeenCalled();
  });
});
