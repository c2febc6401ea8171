import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { identityClient, schedulingClient, type BookingSettingsResponse, type CancellationPolicyResponse, type PortalAccessSettingsResponse } from '../../api';
import { changeLanguage } from '../../i18n';
import { minorPerMajor, parseAmount } from '../../lib/format';
import { clinicProfile } from '../../test/catalogFixtures';
import { accountSettings, staffUser, validationProblem } from '../../test/identityFixtures';
import { renderApp } from '../../test/renderApp';
import { isPortalAddress } from './PortalAccessForm';

vi.mock('../../api', () => ({
  schedulingClient: {
    getClinicProfile: vi.fn(),
    getBookingSettings: vi.fn(),
    updateBookingSettings: vi.fn(),
    getCancellationPolicy: vi.fn(),
    updateCancellationPolicy: vi.fn(),
  },
  identityClient: {
    getCurrentUser: vi.fn(),
    getPublicAccountSettings: vi.fn(),
    logOut: vi.fn(),
    getPortalAccessSettings: vi.fn(),
    updatePortalAccessSettings: vi.fn(),
  },
}));

const adminUser = { ...staffUser, email: 'admin@clinica-lumina.test', roles: ['Admin'] };

const bookingSettings: BookingSettingsResponse = {
  slotIntervalMinutes: 15,
  minimumNoticeMinutes: 120,
  horizonDays: 90,
  providerChoice: 'SpecificOrFirstAvailable',
  holdMinutes: 10,
  earlyStartMinutes: 30,
};

const policy: CancellationPolicyResponse = {
  version: 2,
  allowOnlineCancellation: true,
  allowOnlineRescheduling: true,
  windowHours: 24,
  lateFeeKind: 'None',
  lateFeeAmountMinor: 0,
  lateFeePercent: 0,
      noShowFeeAmountMinor: 0,
  textEs: 'Cancela hasta 24 horas antes.',
  textEn: 'Cancel up to 24 hours before.',
};

const portalAccess: PortalAccessSettingsResponse = {
  emailActivationEnabled: true,
  phoneVerificationRequired: true,
  portalBaseUrl: null,
  portalUrl: 'https://citas.example.com/login',
};

// The first render loads the lazy page chunk and several queries; a busy machine needs more than 1 s.
configure({ asyncUtilTimeout: 4000 });

beforeEach(async () => {
  vi.resetAllMocks();
  vi.mocked(identityClient.getCurrentUser).mockResolvedValue(adminUser);
  vi.mocked(identityClient.getPublicAccountSettings).mockResolvedValue(accountSettings);
  vi.mocked(identityClient.getPortalAccessSettings).mockResolvedValue(portalAccess);
  vi.mocked(schedulingClient.getClinicProfile).mockResolvedValue(clinicProfile);
  vi.mocked(schedulingClient.getBookingSettings).mockResolvedValue(bookingSettings);
  vi.mocked(schedulingClient.getCancellationPolicy).mockResolvedValue(policy);
  await changeLanguage('es');
});

const section = (name: string) => screen.findByRole('region', { name });

describe('online booking settings', () => {
  it('shows the current values', async () => {
    renderApp('/admin/settings');
    const booking = await section('Reserva online');
    expect(await within(booking).findByLabelText('Intervalo entre horas ofrecidas')).toHaveProperty('value', '15');
    expect(within(booking).getByLabelText('Antelación mínima (minutos)')).toHaveProperty('value', '120');
    expect(within(booking).getByLabelText('Reservas con hasta (días) de antelación')).toHaveProperty('value', '90');
    expect(within(booking).getByLabelText('Elección de profesional')).toHaveProperty('value', 'SpecificOrFirstAvailable');
    expect(within(booking).getByLabelText('Minutos de reserva temporal')).toHaveProperty('value', '10');
  });

  it('puts out-of-range values next to their fields, focuses the first and sends nothing', async () => {
    const user = userEvent.setup();
    renderApp('/admin/settings');
    const booking = await section('Reserva online');
    const hold = await within(booking).findByLabelText('Minutos de reserva temporal');
    const horizon = within(booking).getByLabelText('Reservas con hasta (días) de antelación');
    await user.clear(horizon);
    await user.type(horizon, '731');
    await user.clear(hold);
    await user.type(hold, '1');
    await user.click(within(booking).getByRole('button', { name: 'Guardar' }));

    expect(await within(booking).findByText('Escribe un número entero de días entre 1 y 730.')).toBeTruthy();
    expect(within(booking).getByText('Escribe un número entero de minutos entre 2 y 30.')).toBeTruthy();
    expect(horizon.getAttribute('aria-invalid')).toBe('true');
    expect(horizon.getAttribute('aria-describedby')).toContain(within(booking).getByText('Escribe un número entero de días entre 1 y 730.').id);
    expect(document.activeElement).toBe(horizon);
    expect(schedulingClient.updateBookingSettings).not.toHaveBeenCalled();
  });

  it('saves the edited values as numbers, confirms, and leaves nothing unsaved', async () => {
    const user = userEvent.setup();
    vi.mocked(schedulingClient.updateBookingSettings).mockImplementation(async (body) => body);
    renderApp('/admin/settings');
    const booking = await section('Reserva online');
    await user.selectOptions(await within(booking).findByLabelText('Intervalo entre horas ofrecidas'), '30');
    await user.selectOptions(within(booking).getByLabelText('Elección de profesional'), 'FirstAvailableOnly');
    const hold = within(booking).getByLabelText('Minutos de reserva temporal');
    await user.clear(hold);
    await user.type(hold, '7');
    expect(within(booking).getByText('Tienes cambios sin guardar.')).toBeTruthy();
    await user.click(within(booking).getByRole('button', { name: 'Guardar' }));

    expect(await within(booking).findByRole('status')).toHaveProperty('textContent', 'Ajustes de reserva online guardados.');
    expect(schedulingClient.updateBookingSettings).toHaveBeenCalledWith({
      slotIntervalMinutes: 30,
      minimumNoticeMinutes: 120,
      horizonDays: 90,
      providerChoice: 'FirstAvailableOnly',
      holdMinutes: 7,
      earlyStartMinutes: 30,
    });
    expect(within(booking).queryByText('Tienes cambios sin guardar.')).toBeNull();
  });

  it('shows a server validation error next to its field, in the reader’s language', async () => {
    const user = userEvent.setup();
    vi.mocked(schedulingClient.updateBookingSettings).mockRejectedValue(validationProblem({ minimumNoticeMinutes: ["'Minimum Notice Minutes' must be between 0 and 10080."] }));
    renderApp('/admin/settings');
    const booking = await section('Reserva online');
    const notice = await within(booking).findByLabelText('Antelación mínima (minutos)');
    await user.clear(notice);
    await user.type(notice, '60');
    await user.click(within(booking).getByRole('button', { name: 'Guardar' }));

    expect(await within(booking).findByText('Escribe un número entero de minutos entre 0 y 10080.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(notice));
  });

  it('says there is nothing to save when nothing changed', async () => {
    const user = userEvent.setup();
    renderApp('/admin/settings');
    const booking = await section('Reserva online');
    await user.click(await within(booking).findByRole('button', { name: 'Guardar' }));
    expect(await within(booking).findByText('No has cambiado nada: no hay nada que guardar.')).toBeTruthy();
    expect(schedulingClient.updateBookingSettings).not.toHaveBeenCalled();
  });
});

describe('cancellation policy', () => {
  it('shows the version in force and that saving publishes the next one for new bookings only', async () => {
    renderApp('/admin/settings');
    const form = await section('Política de cancelación');
    expect(await within(form).findByText(/Versión en vigor: 2\./)).toBeTruthy();
    expect(within(form).getByText(/se publica una versión nueva \(3\).*Las citas ya reservadas conservan la versión que el paciente aceptó/)).toBeTruthy();
    expect(within(form).getByLabelText('Plazo de aviso (horas antes de la cita)')).toHaveProperty('value', '24');
    expect(within(form).getByLabelText('Texto de la política en español')).toHaveProperty('value', 'Cancela hasta 24 horas antes.');
    expect(within(form).getByLabelText('Los pacientes pueden cancelar desde su portal')).toHaveProperty('checked', true);
  });

  it('asks for the fee once a fixed fee is chosen, and requires both texts', async () => {
    const user = userEvent.setup();
    renderApp('/admin/settings');
    const form = await section('Política de cancelación');
    await user.selectOptions(await within(form).findByLabelText('Penalización por cancelación tardía'), 'Fixed');
    await user.clear(within(form).getByLabelText('Texto de la política en inglés'));
    await user.click(within(form).getByRole('button', { name: 'Guardar' }));

    const amount = within(form).getByLabelText('Importe de la penalización (EUR)');
    expect(await within(form).findByText('Escribe un importe mayor que cero, como 25 o 25,50.')).toBeTruthy();
    expect(within(form).getByText('Escribe el texto de la política (máximo 2000 caracteres).')).toBeTruthy();
    expect(document.activeElement).toBe(amount);
    expect(schedulingClient.updateCancellationPolicy).not.toHaveBeenCalled();
  });

  it('publishes the edited policy with the fees in minor units and confirms the new version', async () => {
    const user = userEvent.setup();
    vi.mocked(schedulingClient.updateCancellationPolicy).mockImplementation(async (body) => ({ ...body, version: 3 }));
    renderApp('/admin/settings');
    const form = await section('Política de cancelación');
    await user.selectOptions(await within(form).findByLabelText('Penalización por cancelación tardía'), 'Fixed');
    await user.type(within(form).getByLabelText('Importe de la penalización (EUR)'), '25,50');
    await user.type(within(form).getByLabelText('Cargo por no presentarse (EUR, opcional)'), '30');
    await user.click(within(form).getByLabelText('Los pacientes pueden cambiar la fecha desde su portal'));
    const window = within(form).getByLabelText('Plazo de aviso (horas antes de la cita)');
    await user.clear(window);
    await user.type(window, '48');
    await user.type(within(form).getByLabelText('Texto de la política en español'), ' Después se cobran 25,50 €.');
    await user.click(within(form).getByRole('button', { name: 'Guardar' }));

    expect(await within(form).findByText('Política publicada como versión 3. Se aplica a las reservas nuevas.')).toBeTruthy();
    expect(schedulingClient.updateCancellationPolicy).toHaveBeenCalledWith({
      allowOnlineCancellation: true,
      allowOnlineRescheduling: false,
      windowHours: 48,
      lateFeeKind: 'Fixed',
      lateFeeAmountMinor: 2550,
      lateFeePercent: 0,
      noShowFeeAmountMinor: 3000,
      textEs: 'Cancela hasta 24 horas antes. Después se cobran 25,50 €.',
      textEn: 'Cancel up to 24 hours before.',
    });
    expect(within(form).getByText(/Versión en vigor: 3\./)).toBeTruthy();
  });

  it('reads amounts in the currency’s own minor units', () => {
    expect(minorPerMajor('EUR')).toBe(100);
    expect(parseAmount('25,5', 'EUR')).toBe(2550);
    expect(parseAmount('25.555', 'EUR')).toBeNull();
    expect(parseAmount('1500', 'JPY')).toBe(1500);
    expect(parseAmount('-3', 'EUR')).toBeNull();
  });
});

describe('patient portal access', () => {
  it('shows the switches with what they do for patients, and the link to share', async () => {
    renderApp('/admin/settings');
    const form = await section('Acceso al portal del paciente');
    const sms = await within(form).findByLabelText('Pedir un código por SMS al reservar online');
    expect(sms).toHaveProperty('checked', true);
    expect(document.getElementById(sms.getAttribute('aria-describedby')!)?.textContent).toMatch(/escribe el código que le enviamos a su móvil/);
    expect(within(form).getByLabelText('Enviar el email de bienvenida tras la primera reserva')).toHaveProperty('checked', true);
    expect(within(form).getByRole('link', { name: 'https://citas.example.com/login' })).toBeTruthy();
  });

  it('turns SMS verification off and sets the public address', async () => {
    const user = userEvent.setup();
    vi.mocked(identityClient.updatePortalAccessSettings).mockImplementation(async (body) => ({ ...body, portalUrl: 'https://citas.lumina.test/login' }));
    renderApp('/admin/settings');
    const form = await section('Acceso al portal del paciente');
    await user.click(await within(form).findByLabelText('Pedir un código por SMS al reservar online'));
    await user.type(within(form).getByLabelText('Dirección pública del portal (opcional)'), 'https://citas.lumina.test');
    await user.click(within(form).getByRole('button', { name: 'Guardar' }));

    expect(await within(form).findByText('Ajustes de acceso al portal guardados.')).toBeTruthy();
    expect(identityClient.updatePortalAccessSettings).toHaveBeenCalledWith({
      emailActivationEnabled: true,
      phoneVerificationRequired: false,
      portalBaseUrl: 'https://citas.lumina.test',
    });
    expect(within(form).getByRole('link', { name: 'https://citas.lumina.test/login' })).toBeTruthy();
  });

  it('refuses an address with a query string next to the field', async () => {
    const user = userEvent.setup();
    renderApp('/admin/settings');
    const form = await section('Acceso al portal del paciente');
    const address = await within(form).findByLabelText('Dirección pública del portal (opcional)');
    await user.type(address, 'https://citas.lumina.test/?x=1');
    await user.click(within(form).getByRole('button', { name: 'Guardar' }));

    expect(await within(form).findByText('Escribe la dirección completa, como https://citas.tuclinica.com (sin ? ni #).')).toBeTruthy();
    expect(address.getAttribute('aria-invalid')).toBe('true');
    expect(identityClient.updatePortalAccessSettings).not.toHaveBeenCalled();
  });

  it('accepts what the server accepts', () => {
    expect(isPortalAddress('')).toBe(true);
    expect(isPortalAddress('http://localhost:5080')).toBe(true);
    expect(isPortalAddress('ftp://citas.example.com')).toBe(false);
    expect(isPortalAddress('citas.example.com')).toBe(false);
    expect(isPortalAddress('https://citas.example.com/#top')).toBe(false);
  });
});

describe('other staff', () => {
  it('tell a FrontDesk user only administrators can change settings and show them read-only, without the admin-only read', async () => {
    vi.mocked(identityClient.getCurrentUser).mockResolvedValue(staffUser);
    renderApp('/admin/settings');

    expect(await screen.findByText('Solo los administradores pueden cambiar los ajustes. Puedes consultarlos, pero no modificarlos.')).toBeTruthy();
    const booking = await section('Reserva online');
    const hold = await within(booking).findByLabelText('Minutos de reserva temporal');
    expect(hold).toHaveProperty('value', '10');
    expect(hold.matches(':disabled')).toBe(true);
    const policyForm = await section('Política de cancelación');
    expect((await within(policyForm).findByLabelText('Texto de la política en español')).matches(':disabled')).toBe(true);
    const portal = await section('Acceso al portal del paciente');
    expect((await within(portal).findByLabelText('Pedir un código por SMS al reservar online')).matches(':disabled')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Guardar' })).toBeNull();
    expect(schedulingClient.getBookingSettings).not.toHaveBeenCalled();
  });

  it('see a clear message if saving is refused after all', async () => {
    const user = userEvent.setup();
    vi.mocked(identityClient.updatePortalAccessSettings).mockRejectedValue({ status: 403 });
    renderApp('/admin/settings');
    const form = await section('Acceso al portal del paciente');
    await user.click(await within(form).findByLabelText('Enviar el email de bienvenida tras la primera reserva'));
    await user.click(within(form).getByRole('button', { name: 'Guardar' }));
    expect(await within(form).findByRole('alert')).toHaveProperty('textContent', 'Solo los administradores pueden cambiar los ajustes.');
  });
});

describe('settings in English', () => {
  it('labels every form in English', async () => {
    await changeLanguage('en');
    renderApp('/admin/settings');
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    expect(await screen.findByLabelText('Hold minutes')).toBeTruthy();
    expect(await screen.findByText(/Version in force: 2\./)).toBeTruthy();
    expect(await screen.findByLabelText('Ask for an SMS code when booking online')).toBeTruthy();
  });
});

describe('unsaved changes', () => {
  it('ask before leaving for another section, and stay when the user says no', async () => {
    const user = userEvent.setup();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    renderApp('/admin/settings');
    const booking = await section('Reserva online');
    const hold = await within(booking).findByLabelText('Minutos de reserva temporal');
    await user.clear(hold);
    await user.type(hold, '5');
    await user.click(within(screen.getByRole('navigation', { name: 'Secciones de administración' })).getByRole('link', { name: 'Agenda' }));

    expect(confirm).toHaveBeenCalledWith('Tienes cambios sin guardar en los ajustes. ¿Salir sin guardarlos?');
    expect(screen.getByRole('heading', { level: 1, name: 'Ajustes' })).toBeTruthy();
    expect(hold).toHaveProperty('value', '5');
    confirm.mockRestore();
  });
});
