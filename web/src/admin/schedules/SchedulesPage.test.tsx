import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { identityClient, schedulingClient, type ScheduleExceptionResponse, type StaffCatalog, type WeeklyHoursResponse } from '../../api';
import { changeLanguage } from '../../i18n';
import { clinicProfile } from '../../test/catalogFixtures';
import { accountSettings, staffUser, validationProblem } from '../../test/identityFixtures';
import { renderApp } from '../../test/renderApp';
import { serverWeekErrors, toDays, toWeek, validateWeek } from './weeklyHours';

vi.mock('../../api', () => ({
  schedulingClient: {
    getClinicProfile: vi.fn(),
    getCatalog: vi.fn(),
    getWeeklyHours: vi.fn(),
    setWeeklyHours: vi.fn(),
    listScheduleExceptions: vi.fn(),
    addScheduleException: vi.fn(),
    removeScheduleException: vi.fn(),
  },
  identityClient: { getCurrentUser: vi.fn(), getPublicAccountSettings: vi.fn(), logOut: vi.fn() },
}));

const adminUser = { ...staffUser, roles: ['Admin'] };
const catalog: StaffCatalog = {
  locations: [{ id: 'mad', name: 'Lumina Madrid · Salamanca', address: '', phone: '', timeZone: 'Europe/Madrid', isActive: true }],
  categories: [],
  services: [],
  providers: [{ id: 'marta', displayName: 'Marta Sánchez', title: null, bio: null, photoUrl: null, serviceIds: [], locationIds: ['mad'], isActive: true }],
};
const hours: WeeklyHoursResponse = {
  providerId: 'marta',
  locationId: 'mad',
  timeZone: 'Europe/Madrid',
  days: [
    { dayOfWeek: 'Monday', intervals: [{ start: '09:00', end: '14:00' }, { start: '16:00', end: '20:00' }] },
    { dayOfWeek: 'Tuesday', intervals: [{ start: '10:00', end: '18:00' }] },
  ],
};
const timeOff: ScheduleExceptionResponse = {
  id: 'x1',
  kind: 'TimeOff',
  providerId: 'marta',
  locationId: null,
  date: '2099-08-03',
  time: { start: '00:00', end: '24:00' },
  reason: 'Vacaciones',
};
const otherProvidersTimeOff: ScheduleExceptionResponse = { ...timeOff, id: 'x2', providerId: 'carmen', reason: 'No es de Marta' };

// The first render loads the lazy page chunk and several queries; a busy machine needs more than 1 s.
configure({ asyncUtilTimeout: 4000 });

beforeEach(async () => {
  vi.resetAllMocks();
  vi.mocked(identityClient.getCurrentUser).mockResolvedValue(adminUser);
  vi.mocked(identityClient.getPublicAccountSettings).mockResolvedValue(accountSettings);
  vi.mocked(schedulingClient.getClinicProfile).mockResolvedValue(clinicProfile);
  vi.mocked(schedulingClient.getCatalog).mockResolvedValue(catalog);
  vi.mocked(schedulingClient.getWeeklyHours).mockResolvedValue(hours);
  vi.mocked(schedulingClient.listScheduleExceptions).mockResolvedValue([timeOff, otherProvidersTimeOff]);
  await changeLanguage('es');
});

describe('weekly hours rules', () => {
  it('accept a split day and refuse reversed, malformed and overlapping intervals', () => {
    const week = toWeek(hours);
    expect(validateWeek(week)).toEqual({});
    expect(toDays(week)).toEqual(hours.days);
    expect(validateWeek({ ...week, Monday: [{ start: '14:00', end: '09:00' }] })).toEqual({ Monday: { 0: { end: 'adminSchedules.weekly.errors.order' } } });
    expect(validateWeek({ ...week, Monday: [{ start: '', end: '09:00' }] })).toEqual({ Monday: { 0: { start: 'adminSchedules.weekly.errors.time' } } });
    expect(validateWeek({ ...week, Friday: [{ start: '12:00', end: '15:00' }, { start: '09:00', end: '12:30' }] })).toEqual({
      Friday: { 0: { start: 'adminSchedules.weekly.errors.overlap' } },
    });
  });

  it('map a 400’s paths to the day that was sent at that index', () => {
    const sent = toDays(toWeek(hours));
    expect(serverWeekErrors({ 'days[1].intervals[0].end': ['The end must be after the start.'] }, sent)).toEqual({
      Tuesday: { 0: { end: 'adminSchedules.weekly.errors.order' } },
    });
    expect(serverWeekErrors({ 'Days[0].Intervals': ['Intervals of one day must not overlap.'] }, sent)).toEqual({
      Monday: { 0: { start: 'adminSchedules.weekly.errors.overlap' } },
    });
  });
});

describe('/admin/schedules', () => {
  it('shows the provider’s weekly hours at the location, in its zone, with days off', async () => {
    renderApp('/admin/schedules');
    expect(await screen.findByLabelText('Desde (lunes, tramo 2)')).toHaveProperty('value', '16:00');
    expect(screen.getByLabelText('Hasta (martes, tramo 1)')).toHaveProperty('value', '18:00');
    expect(within(screen.getByRole('group', { name: 'domingo' })).getByText('Libre')).toBeTruthy();
    expect(screen.getByText('Horas del centro (Europe/Madrid).')).toBeTruthy();
    expect(schedulingClient.getWeeklyHours).toHaveBeenCalledWith('marta', 'mad', expect.anything());
  });

  it('adds an afternoon on Tuesday, removes Monday afternoon and saves the whole week', async () => {
    const user = userEvent.setup();
    vi.mocked(schedulingClient.setWeeklyHours).mockImplementation(async (_p, _l, body) => ({ ...hours, days: body.days }));
    renderApp('/admin/schedules');
    await screen.findByLabelText('Desde (lunes, tramo 2)');
    await user.click(screen.getByRole('button', { name: 'Quitar tramo 2 del lunes' }));
    await user.click(screen.getByRole('button', { name: 'Añadir tramo el martes' }));
    const end = screen.getByLabelText('Hasta (martes, tramo 2)');
    await user.clear(end);
    await user.type(end, '21:00');
    const from = screen.getByLabelText('Desde (martes, tramo 2)');
    await user.clear(from);
    await user.type(from, '18:30');
    expect(screen.getByText('Tienes cambios sin guardar.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Guardar horario' }));

    expect(await screen.findByText('Horario semanal guardado.')).toBeTruthy();
    expect(schedulingClient.setWeeklyHours).toHaveBeenCalledWith('marta', 'mad', {
      days: [
        { dayOfWeek: 'Monday', intervals: [{ start: '09:00', end: '14:00' }] },
        { dayOfWeek: 'Tuesday', intervals: [{ start: '10:00', end: '18:00' }, { start: '18:30', end: '21:00' }] },
      ],
    });
    expect(screen.queryByText('Tienes cambios sin guardar.')).toBeNull();
  });

  it('marks an overlapping interval next to it, focuses it and sends nothing', async () => {
    const user = userEvent.setup();
    renderApp('/admin/schedules');
    await screen.findByLabelText('Desde (lunes, tramo 2)');
    await user.click(screen.getByRole('button', { name: 'Añadir tramo el martes' }));
    const from = screen.getByLabelText('Desde (martes, tramo 2)');
    await user.clear(from);
    await user.type(from, '17:00');
    await user.click(screen.getByRole('button', { name: 'Guardar horario' }));

    const message = await screen.findByText('Este tramo se solapa con otro del mismo día.');
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(from.getAttribute('aria-describedby')).toBe(message.id);
    expect(document.activeElement).toBe(from);
    expect(schedulingClient.setWeeklyHours).not.toHaveBeenCalled();
  });

  it('puts a server validation error on the interval it names', async () => {
    const user = userEvent.setup();
    vi.mocked(schedulingClient.setWeeklyHours).mockRejectedValue(validationProblem({ 'days[1].intervals[0].end': ['The end must be after the start.'] }));
    renderApp('/admin/schedules');
    const end = await screen.findByLabelText('Hasta (martes, tramo 1)');
    await user.clear(end);
    await user.type(end, '19:00');
    await user.click(screen.getByRole('button', { name: 'Guardar horario' }));

    expect(await screen.findByText('La hora de fin debe ser posterior a la de inicio.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(end));
  });

  it('lists this provider’s time off and closures, not other providers’, and removes one after asking', async () => {
    const user = userEvent.setup();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    vi.mocked(schedulingClient.removeScheduleException).mockResolvedValue();
    renderApp('/admin/schedules');
    const item = (await screen.findByText('Vacaciones')).closest('li')!;
    expect(item.textContent).toContain('lunes, 3 de agosto de 2099');
    expect(item.textContent).toContain('Ausencia del profesional (Marta Sánchez, en todos los centros) · Todo el día');
    expect(screen.queryByText('No es de Marta')).toBeNull();

    vi.mocked(schedulingClient.listScheduleExceptions).mockResolvedValue([otherProvidersTimeOff]);
    await user.click(within(item).getByRole('button', { name: 'Quitar Ausencia del profesional del lunes, 3 de agosto de 2099' }));
    expect(confirm).toHaveBeenCalled();
    expect(schedulingClient.removeScheduleException).toHaveBeenCalledWith('x1');
    expect(await screen.findByText('Quitado: Ausencia del profesional del lunes, 3 de agosto de 2099.')).toBeTruthy();
    expect(await screen.findByText('No hay ausencias, horas extra ni cierres en los próximos 12 meses.')).toBeTruthy();
    confirm.mockRestore();
  });

  it('adds extra hours for the provider at this location, asking for the date first', async () => {
    const user = userEvent.setup();
    vi.mocked(schedulingClient.addScheduleException).mockImplementation(async (body) => ({ ...timeOff, ...body, id: 'x3', time: body.time! }));
    renderApp('/admin/schedules');
    const form = await screen.findByRole('form', { name: 'Añadir' });
    await user.selectOptions(within(form).getByLabelText('Tipo'), 'ExtraHours');
    expect(within(form).queryByLabelText('Todo el día')).toBeNull();
    await user.click(within(form).getByRole('button', { name: 'Añadir' }));
    expect(await within(form).findByText('Indica la fecha.')).toBeTruthy();
    expect(document.activeElement).toBe(within(form).getByLabelText('Fecha'));

    await user.type(within(form).getByLabelText('Fecha'), '2099-08-08');
    const end = within(form).getByLabelText('Hasta');
    await user.clear(end);
    await user.type(end, '13:00');
    await user.type(within(form).getByLabelText('Motivo (opcional)'), 'Campaña de verano');
    await user.click(within(form).getByRole('button', { name: 'Añadir' }));

    expect(await screen.findByText('Añadido: Horas extra el sábado, 8 de agosto de 2099.')).toBeTruthy();
    expect(schedulingClient.addScheduleException).toHaveBeenCalledWith({
      kind: 'ExtraHours',
      providerId: 'marta',
      locationId: 'mad',
      date: '2099-08-08',
      time: { start: '09:00', end: '13:00' },
      reason: 'Campaña de verano',
    });
  });

  it('sends a whole-day closure for the location with no provider', async () => {
    const user = userEvent.setup();
    vi.mocked(schedulingClient.addScheduleException).mockImplementation(async (body) => ({ ...timeOff, ...body, id: 'x4', time: { start: '00:00', end: '24:00' } }));
    renderApp('/admin/schedules');
    const form = await screen.findByRole('form', { name: 'Añadir' });
    await user.selectOptions(within(form).getByLabelText('Tipo'), 'LocationClosed');
    expect(within(form).getByText('Nadie trabaja en este centro durante ese tiempo.')).toBeTruthy();
    await user.type(within(form).getByLabelText('Fecha'), '2099-12-24');
    await user.click(within(form).getByRole('button', { name: 'Añadir' }));

    await waitFor(() =>
      expect(schedulingClient.addScheduleException).toHaveBeenCalledWith({
        kind: 'LocationClosed',
        providerId: null,
        locationId: 'mad',
        date: '2099-12-24',
        time: null,
        reason: null,
      }),
    );
  });

  it('tells a FrontDesk user only administrators manage schedules, and asks the API nothing', async () => {
    vi.mocked(identityClient.getCurrentUser).mockResolvedValue(staffUser);
    renderApp('/admin/schedules');
    expect(await screen.findByText('Solo los administradores pueden ver y cambiar los horarios.')).toBeTruthy();
    expect(schedulingClient.getWeeklyHours).not.toHaveBeenCalled();
    expect(schedulingClient.listScheduleExceptions).not.toHaveBeenCalled();
  });
});
