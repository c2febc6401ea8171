import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { identityClient, schedulingClient, type AppointmentDetails, type StaffCatalog } from '../../api';
import { changeLanguage } from '../../i18n';
import { NewAppointmentDialog } from './NewAppointmentDialog';
import { validateNewAppointment } from './newAppointmentRules';
import { zonedIso } from './zonedTime';

vi.mock('../../api', () => ({
  schedulingClient: { bookForPatient: vi.fn() },
  identityClient: { searchPatients: vi.fn() },
}));

const money = { amountMinor: 6500, currency: 'EUR' };
const catalog: StaffCatalog = {
  locations: [
    { id: 'mad', name: 'Lumina Madrid · Salamanca', address: '', phone: '', timeZone: 'Europe/Madrid', isActive: true },
    { id: 'lpa', name: 'Lumina Las Palmas · Triana', address: '', phone: '', timeZone: 'Atlantic/Canary', isActive: true },
  ],
  categories: [],
  services: [
    { id: 's1', categoryId: 'c1', name: 'Limpieza facial profunda', description: null, durationMinutes: 60, bufferMinutes: 0, price: money, deposit: null, isOnlineBookable: true, isActive: true },
    { id: 's2', categoryId: 'c1', name: 'Hydrafacial', description: null, durationMinutes: 45, bufferMinutes: 0, price: money, deposit: null, isOnlineBookable: true, isActive: true },
  ],
  providers: [
    { id: 'marta', displayName: 'Marta Sánchez', title: null, bio: null, photoUrl: null, serviceIds: ['s1', 's2'], locationIds: ['mad'], isActive: true },
    { id: 'ana', displayName: 'Ana Canaria', title: null, bio: null, photoUrl: null, serviceIds: ['s1'], locationIds: ['lpa'], isActive: true },
  ],
};

function renderDialog(onBooked = vi.fn()) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <NewAppointmentDialog catalog={catalog} initialLocationId="mad" onClose={vi.fn()} onBooked={onBooked} />
    </QueryClientProvider>,
  );
  return onBooked;
}

async function fillValidForm(user: ReturnType<typeof userEvent.setup>) {
  vi.mocked(identityClient.searchPatients).mockResolvedValue([
    {
      profile: { id: 'p1', firstName: 'Lucía', lastName: 'García', email: 'lucia@example.test', phone: '+34600000001', birthDate: null, address: null, preferredLanguage: 'es', marketingConsent: false },
      source: 'Booking',
      createdAt: '2026-01-01T00:00:00Z',
      hasAccount: true,
      emailVerified: true,
      lastLoginAt: null,
      mergedIntoId: null,
    },
  ]);
  await user.type(screen.getByLabelText('Buscar paciente'), 'Lu');
  await user.click(await screen.findByRole('radio', { name: /Lucía García/ }));
  expect(screen.getByText('· lucia@example.test · +34600000001')).toBeTruthy();
  await user.selectOptions(screen.getByLabelText('Profesional'), 'marta');
  await user.click(screen.getByRole('checkbox', { name: /Hydrafacial/ }));
  await user.type(screen.getByLabelText('Fecha'), '2026-07-15');
  await user.type(screen.getByLabelText('Hora'), '20:35');
}

beforeEach(async () => {
  vi.resetAllMocks();
  await changeLanguage('es');
});

describe('zonedIso', () => {
  it('gives Europe/Madrid its winter offset (+01:00) and its summer offset (+02:00)', () => {
    expect(zonedIso('2026-01-15', '10:30', 'Europe/Madrid')).toBe('2026-01-15T10:30:00+01:00');
    expect(zonedIso('2026-07-15', '10:30', 'Europe/Madrid')).toBe('2026-07-15T10:30:00+02:00');
    expect(zonedIso('2026-07-15', '10:30', 'Atlantic/Canary')).toBe('2026-07-15T10:30:00+01:00');
  });
});

describe('validateNewAppointment', () => {
  it('names every missing field and accepts a complete form', () => {
    const empty = { patientId: '', locationId: '', providerId: '', serviceIds: [], date: '', time: '', notes: '' };
    expect(Object.keys(validateNewAppointment(empty))).toEqual(['patient', 'location', 'provider', 'services', 'date', 'time']);
    expect(validateNewAppointment({ ...empty, patientId: 'p', locationId: 'l', providerId: 'r', serviceIds: ['s'], date: '2026-01-15', time: '09:05' })).toEqual({});
  });
});

describe('NewAppointmentDialog', () => {
  it('shows what is missing inline, focuses the first gap and sends nothing', async () => {
    const user = userEvent.setup();
    renderDialog();
    expect(screen.getByLabelText('Profesional')).toHaveProperty('value', '');
    expect(screen.getByLabelText('Centro')).toHaveProperty('value', 'mad');

    await user.click(screen.getByRole('button', { name: 'Crear la cita' }));

    const search = screen.getByLabelText('Buscar paciente');
    expect(document.activeElement).toBe(search);
    expect(search.getAttribute('aria-describedby')).toContain(screen.getByText('Elige un paciente.').id);
    expect(screen.getByText('Elige un profesional.')).toBeTruthy();
    expect(screen.getByText('Elige al menos un tratamiento.')).toBeTruthy();
    expect(screen.getByText('Indica la fecha.')).toBeTruthy();
    expect(screen.getByText('Indica la hora.')).toBeTruthy();
    expect(schedulingClient.bookForPatient).not.toHaveBeenCalled();
  });

  it('books at the location’s local time with its summer offset and hands back the appointment', async () => {
    const user = userEvent.setup();
    const created = { id: 'new1' } as AppointmentDetails;
    vi.mocked(schedulingClient.bookForPatient).mockResolvedValue(created);
    const onBooked = renderDialog();
    await fillValidForm(user);
    await user.type(screen.getByLabelText('Notas (opcional)'), 'Llamó por teléfono');

    await user.click(screen.getByRole('button', { name: 'Crear la cita' }));

    expect(schedulingClient.bookForPatient).toHaveBeenCalledWith({
      patientId: 'p1',
      locationId: 'mad',
      providerId: 'marta',
      serviceIds: ['s2'],
      startsAt: '2026-07-15T20:35:00+02:00',
      notes: 'Llamó por teléfono',
    });
    expect(onBooked).toHaveBeenCalledWith(created);
  });

  it('says inline that the time is taken when the API answers 409', async () => {
    const user = userEvent.setup();
    vi.mocked(schedulingClient.bookForPatient).mockRejectedValue({ status: 409, title: 'Conflict' });
    const onBooked = renderDialog();
    await fillValidForm(user);

    await user.click(screen.getByRole('button', { name: 'Crear la cita' }));

    const time = screen.getByLabelText('Hora');
    const message = await screen.findByText('Esa hora ya está ocupada para este profesional.');
    expect(time.getAttribute('aria-describedby')).toContain(message.id);
    expect(document.activeElement).toBe(time);
    expect(onBooked).not.toHaveBeenCalled();
  });

  it('offers only the providers of the chosen location', async () => {
    const user = userEvent.setup();
    renderDialog();
    await user.selectOptions(screen.getByLabelText('Centro'), 'lpa');
    const options = Array.from((screen.getByLabelText('Profesional') as HTMLSelectElement).options).map((o) => o.text);
    expect(options).toEqual(['Elige profesional', 'Ana Canaria']);
  });
});
