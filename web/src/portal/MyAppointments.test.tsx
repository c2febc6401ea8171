import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Temporal } from 'temporal-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { identityClient, schedulingClient, walletClient, type AppointmentDetails, type MyAppointment, type MyAppointmentsResponse } from '../api';
import { changeLanguage } from '../i18n';
import { todayIn } from '../lib/dates';
import { clinicProfile } from '../test/catalogFixtures';
import { accountSettings, patientUser } from '../test/identityFixtures';
import { renderApp } from '../test/renderApp';

vi.mock('../api', () => ({
  schedulingClient: {
    listBookableCategories: vi.fn(),
    getClinicProfile: vi.fn(),
    listMyAppointments: vi.fn(),
    cancelMyAppointment: vi.fn(),
    listAvailableDates: vi.fn(),
    searchAvailability: vi.fn(),
    placeSlotHold: vi.fn(),
    releaseSlotHold: vi.fn(),
    rescheduleMyAppointment: vi.fn(),
  },
  identityClient: { getCurrentUser: vi.fn(), getPublicAccountSettings: vi.fn(), logOut: vi.fn() },
  // The portal also shows the patient's cards and payments (PaymentsSection): none here.
  walletClient: { listMyCards: vi.fn(), listMyPayments: vi.fn() },
  formsClient: { getMyForms: vi.fn(() => Promise.resolve({ actionRequired: [], aftercare: [], documents: [] })) },
}));

function appointment(id: string, startsAt: string, change: Partial<AppointmentDetails> = {}): AppointmentDetails {
  return {
    id,
    status: 'Booked',
    patientId: 'p1',
    patientName: 'Lucía García',
    locationId: 'l1',
    locationName: 'Lumina Las Palmas · Triana',
    locationPhone: '+34 928 000 111',
    timeZone: 'Atlantic/Canary',
    providerId: 'pr1',
    providerName: 'Marta Sánchez',
    startsAt,
    endsAt: startsAt,
    services: [{ serviceId: 's1', name: 'Hydrafacial', durationMinutes: 45, price: { amountMinor: 9000, currency: 'EUR' } }],
    notes: null,
    policyVersion: 1,
    cancellationFeeMinor: 0,
    history: [],
    calendarUrl: `/api/calendar/${id}.ics`,
    ...change,
  };
}

function mine(details: AppointmentDetails, change: Partial<MyAppointment> = {}): MyAppointment {
  return { appointment: details, canCancelOnline: true, canRescheduleOnline: true, lateCancellationFeeMinor: 0, ...change };
}

const response = (change: Partial<MyAppointmentsResponse> = {}): MyAppointmentsResponse => ({
  upcoming: [mine(appointment('a1', '2030-03-04T10:30:00+00:00'))],
  past: [mine(appointment('a0', '2025-01-10T16:00:00+00:00', { status: 'NoShow', providerName: 'Carmen Ruiz' }), { canCancelOnline: false, canRescheduleOnline: false })],
  cancelled: [],
  policyTextEs: 'Cancela con 24 horas de antelación.',
  policyTextEn: 'Cancel 24 hours ahead.',
  ...change,
});

beforeEach(async () => {
  vi.resetAllMocks();
  vi.mocked(identityClient.getCurrentUser).mockResolvedValue(patientUser);
  vi.mocked(identityClient.getPublicAccountSettings).mockResolvedValue(accountSettings);
  vi.mocked(schedulingClient.getClinicProfile).mockResolvedValue(clinicProfile);
  vi.mocked(schedulingClient.listBookableCategories).mockResolvedValue([]);
  vi.mocked(walletClient.listMyCards).mockResolvedValue([]);
  vi.mocked(walletClient.listMyPayments).mockResolvedValue({ payments: [], walletVisible: false });
  await changeLanguage('es');
});

describe('/portal appointments', () => {
  it('lists upcoming and past appointments apart, in the location’s time and zone, with a label besides the colour', async () => {
    vi.mocked(schedulingClient.listMyAppointments).mockResolvedValue(response());
    renderApp('/portal');

    const upcoming = await screen.findByRole('region', { name: 'Próximas citas' });
    const past = screen.getByRole('region', { name: 'Citas pasadas' });
    // 10:30 with offset +00:00 in Atlantic/Canary stays 10:30, whatever the test machine's zone.
    expect(within(upcoming).getByText(/4 de marzo de 2030.*10:30/)).toBeTruthy();
    expect(within(upcoming).getByText(/Hora de Canarias \(Atlantic\/Canary\)/)).toBeTruthy();
    expect(within(upcoming).getByText('Próxima')).toBeTruthy();
    expect(within(upcoming).getByText('Hydrafacial')).toBeTruthy();
    expect(within(upcoming).getByRole('button', { name: /^Cancelar la cita del/ })).toBeTruthy();
    expect(within(upcoming).getByRole('link', { name: /^Añadir al calendario/ }).getAttribute('href')).toBe('/api/calendar/a1.ics');
    expect(within(past).getByText('Pasada')).toBeTruthy();
    expect(within(past).getByText('No asististe')).toBeTruthy();
    expect(within(past).getByText('Carmen Ruiz')).toBeTruthy();
    expect(within(past).queryByRole('button', { name: /Cancelar/ })).toBeNull();
  });

  it('shows empty states', async () => {
    vi.mocked(schedulingClient.listMyAppointments).mockResolvedValue(response({ upcoming: [], past: [] }));
    renderApp('/portal');
    expect(await screen.findByText(/No tienes citas próximas\./)).toBeTruthy();
    expect(screen.getByText('Todavía no tienes citas pasadas.')).toBeTruthy();
  });

  it('asks to call the clinic when changes are not allowed online', async () => {
    vi.mocked(schedulingClient.listMyAppointments).mockResolvedValue(
      response({ upcoming: [mine(appointment('a1', '2030-03-04T10:30:00+00:00'), { canCancelOnline: false, canRescheduleOnline: false })] }),
    );
    renderApp('/portal');
    const upcoming = await screen.findByRole('region', { name: 'Próximas citas' });
    expect(within(upcoming).getByText(/Para cambios, llama a la clínica:/)).toBeTruthy();
    expect(within(upcoming).getByRole('link', { name: '+34 928 000 111' }).getAttribute('href')).toBe('tel:+34928000111');
    expect(within(upcoming).queryByRole('button', { name: /Cancelar/ })).toBeNull();
    expect(within(upcoming).queryByRole('button', { name: /Cambiar/ })).toBeNull();
  });

  it('requires accepting a late fee before cancelling, then moves the card to the cancelled list and announces it', async () => {
    const late = mine(appointment('a1', '2030-03-04T10:30:00+00:00'), { lateCancellationFeeMinor: 2500 });
    vi.mocked(schedulingClient.listMyAppointments).mockResolvedValueOnce(response({ upcoming: [late] }));
    vi.mocked(schedulingClient.listMyAppointments).mockResolvedValue(
      response({ upcoming: [], cancelled: [mine({ ...late.appointment, status: 'Cancelled' }, { canCancelOnline: false, canRescheduleOnline: false })] }),
    );
    vi.mocked(schedulingClient.cancelMyAppointment).mockResolvedValue({ ...late.appointment, status: 'Cancelled' });
    renderApp('/portal');

    await userEvent.click(await screen.findByRole('button', { name: /^Cancelar la cita del/ }));
    const dialog = screen.getByRole('dialog', { name: 'Cancelar la cita' });
    expect(within(dialog).getByText('Cancela con 24 horas de antelación.')).toBeTruthy();
    expect(within(dialog).getByText(/cancelación tardía de 25,00\s€/)).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sí, cancelar la cita' }));
    expect(within(dialog).getByText('Para cancelar, acepta el cargo por cancelación tardía.')).toBeTruthy();
    const checkbox = within(dialog).getByRole('checkbox', { name: /Acepto el cargo de 25,00\s€/ });
    expect(document.activeElement).toBe(checkbox);
    expect(schedulingClient.cancelMyAppointment).not.toHaveBeenCalled();

    await userEvent.click(checkbox);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sí, cancelar la cita' }));
    expect(schedulingClient.cancelMyAppointment).toHaveBeenCalledWith('a1', { acceptLateFee: true, reason: null });
    expect(await screen.findByText(/Tu cita del .* está cancelada\./)).toBeTruthy();
    const cancelled = screen.getByRole('region', { name: 'Citas canceladas' });
    expect(within(cancelled).getByText('Cancelada')).toBeTruthy();
    expect(within(cancelled).queryByText('Pasada')).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Citas pasadas' })).queryByText('Cancelada')).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Próximas citas' })).getByText(/No tienes citas próximas/)).toBeTruthy();
  });

  it('lists a cancelled upcoming appointment under its own heading with a “Cancelada” label, never as past', async () => {
    const cancelled = mine(appointment('a2', '2030-05-04T10:30:00+00:00', { status: 'Cancelled' }), { canCancelOnline: false, canRescheduleOnline: false });
    vi.mocked(schedulingClient.listMyAppointments).mockResolvedValue(response({ cancelled: [cancelled] }));
    renderApp('/portal');

    const region = await screen.findByRole('region', { name: 'Citas canceladas' });
    expect(within(region).getByText('Cancelada')).toBeTruthy();
    expect(within(region).getByText(/4 de mayo de 2030/)).toBeTruthy();
    expect(within(region).queryByRole('link', { name: /Añadir al calendario/ })).toBeNull();
    expect(within(region).queryByRole('button')).toBeNull();
    const past = screen.getByRole('region', { name: 'Citas pasadas' });
    expect(within(past).queryByText(/4 de mayo de 2030/)).toBeNull();
    expect(within(past).queryByText('Cancelada')).toBeNull();
  });

  it('shows the API’s reason when a cancellation is refused', async () => {
    vi.mocked(schedulingClient.listMyAppointments).mockResolvedValue(response());
    vi.mocked(schedulingClient.cancelMyAppointment).mockRejectedValue({ status: 422, detail: 'Llama a la clínica al +34 928 000 111.' });
    renderApp('/portal');
    await userEvent.click(await screen.findByRole('button', { name: /^Cancelar la cita del/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Sí, cancelar la cita' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Llama a la clínica al +34 928 000 111.');
  });

  it('moves an appointment to a time held for the same services and provider, in English', async () => {
    await changeLanguage('en');
    // The 28th of next month is ahead whatever today is; its offset comes from the zone, summer time included.
    const day = Temporal.PlainDate.from(todayIn('Atlantic/Canary')).add({ months: 1 }).with({ day: 28 });
    const date = day.toString();
    const startsAt = day.toPlainDateTime({ hour: 16, minute: 15 }).toZonedDateTime('Atlantic/Canary').toString({ timeZoneName: 'never' });
    const original = appointment('a1', '2030-03-04T10:30:00+00:00');
    vi.mocked(schedulingClient.listMyAppointments).mockResolvedValueOnce(response({ upcoming: [mine(original)] }));
    vi.mocked(schedulingClient.listMyAppointments).mockResolvedValue(response({ upcoming: [mine({ ...original, startsAt })] }));
    vi.mocked(schedulingClient.listAvailableDates).mockImplementation(async (_location, _services, asked) => ({
      timeZone: 'Atlantic/Canary',
      month: asked,
      dates: [{ date: `${asked}-28`, slotCount: 1 }],
    }));
    vi.mocked(schedulingClient.searchAvailability).mockResolvedValue({
      timeZone: 'Atlantic/Canary',
      durationMinutes: 45,
      days: [{ date, slots: [{ localTime: '16:15', startsAt, providerIds: ['pr1'], suggestedProviderId: 'pr1' }] }],
      providers: [],
    });
    vi.mocked(schedulingClient.placeSlotHold).mockResolvedValue({
      holdId: 'h1',
      holdToken: 'secret',
      expiresAt: new Date(Date.now() + 600_000).toISOString(),
      providerId: 'pr1',
      providerName: 'Marta Sánchez',
      locationId: 'l1',
      timeZone: 'Atlantic/Canary',
      startsAt,
      endsAt: startsAt,
      serviceIds: ['s1'],
    });
    vi.mocked(schedulingClient.rescheduleMyAppointment).mockResolvedValue({ ...original, startsAt });
    renderApp('/portal');

    await userEvent.click(await screen.findByRole('button', { name: /^Change the date of the appointment on/ }));
    await userEvent.click(await screen.findByRole('button', { name: 'Next month' }));
    await userEvent.click(await screen.findByRole('button', { name: new RegExp(`\\b28\\b`) }, { timeout: 3000 }));
    await userEvent.click(await screen.findByRole('button', { name: '16:15 (Atlantic/Canary)' }));
    expect(schedulingClient.placeSlotHold).toHaveBeenCalledWith({ locationId: 'l1', serviceIds: ['s1'], providerId: 'pr1', startsAt });
    await userEvent.click(await screen.findByRole('button', { name: 'Confirm the change' }));

    expect(schedulingClient.rescheduleMyAppointment).toHaveBeenCalledWith('a1', { holdId: 'h1', holdToken: 'secret' });
    expect(await screen.findByText(/^Your appointment is now on .*04:15\sPM\.$/)).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Upcoming appointments' })).getByText(/04:15\sPM/, { selector: '.appointment-card__when' })).toBeTruthy();
    expect(schedulingClient.releaseSlotHold).not.toHaveBeenCalled();
  });
});
