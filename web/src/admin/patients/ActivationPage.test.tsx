import { configure, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { identityClient, schedulingClient } from '../../api';
import { changeLanguage } from '../../i18n';
import { clinicProfile } from '../../test/catalogFixtures';
import { adminUser, frontDeskUser } from '../../test/patientFixtures';
import { renderApp } from '../../test/renderApp';

vi.mock('../../api', () => ({
  schedulingClient: { getClinicProfile: vi.fn() },
  identityClient: {
    getCurrentUser: vi.fn(),
    getPublicAccountSettings: vi.fn(),
    logOut: vi.fn(),
    listPossibleDuplicates: vi.fn(),
    getPortalActivationSummary: vi.fn(),
    sendWelcomeEmails: vi.fn(),
  },
}));

// The pages arrive as lazy chunks: on a busy machine the first one can take more than the default second.
configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  vi.resetAllMocks();
  vi.mocked(schedulingClient.getClinicProfile).mockResolvedValue(clinicProfile);
  vi.mocked(identityClient.getCurrentUser).mockResolvedValue(adminUser);
  vi.mocked(identityClient.listPossibleDuplicates).mockResolvedValue([]);
  vi.mocked(identityClient.getPortalActivationSummary).mockResolvedValue({ neverLoggedIn: 7, withoutEmail: 2, recentlyInvited: 2, readyToInvite: 3 });
  await changeLanguage('es');
});

function term(label: string) {
  return screen.getByText(label).nextElementSibling?.textContent;
}

describe('/admin/patients/activation', () => {
  it('shows how many never logged in and how many would be invited', async () => {
    renderApp('/admin/patients/activation');
    await screen.findByText('Nunca han entrado en el portal');
    expect(term('Nunca han entrado en el portal')).toBe('7');
    expect(term('Sin email (no se les puede invitar)')).toBe('2');
    expect(term('Invitados hace poco (no se repite todavía)')).toBe('2');
    expect(term('Recibirán la invitación ahora')).toBe('3');
  });

  it('asks before sending, then says how many welcome emails were queued', async () => {
    const user = userEvent.setup();
    vi.mocked(identityClient.sendWelcomeEmails).mockResolvedValue({ sent: 3, skippedRecentlyInvited: 2, skippedWithoutEmail: 2 });
    renderApp('/admin/patients/activation');
    await user.click(await screen.findByRole('button', { name: 'Invitarles ahora' }));

    const question = screen.getByText('Se enviará el email de bienvenida a 3 pacientes. ¿Enviarlos ahora?');
    expect(document.activeElement).toBe(question.closest('p'));
    expect(identityClient.sendWelcomeEmails).not.toHaveBeenCalled();
    vi.mocked(identityClient.getPortalActivationSummary).mockResolvedValue({ neverLoggedIn: 7, withoutEmail: 2, recentlyInvited: 5, readyToInvite: 0 });

    await user.click(screen.getByRole('button', { name: 'Enviar las invitaciones' }));

    expect(identityClient.sendWelcomeEmails).toHaveBeenCalledTimes(1);
    const sent = await screen.findByText('Se han puesto en cola 3 emails de bienvenida.');
    expect(sent.closest('[role="status"]')).toBeTruthy();
    expect(screen.getByText('No se ha enviado a 2 invitados hace poco ni a 2 sin email.')).toBeTruthy();
    expect(await screen.findByText('Ahora mismo no hay nadie a quien invitar.')).toBeTruthy();
    expect(term('Recibirán la invitación ahora')).toBe('0');
  });

  it('sends nothing when the admin cancels', async () => {
    const user = userEvent.setup();
    renderApp('/admin/patients/activation');
    await user.click(await screen.findByRole('button', { name: 'Invitarles ahora' }));
    await user.click(screen.getByRole('button', { name: 'Cancelar' }));
    expect(await screen.findByRole('button', { name: 'Invitarles ahora' })).toBeTruthy();
    expect(identityClient.sendWelcomeEmails).not.toHaveBeenCalled();
  });

  it('explains a rate limit instead of failing silently', async () => {
    const user = userEvent.setup();
    vi.mocked(identityClient.sendWelcomeEmails).mockRejectedValue({ status: 429, title: 'Too Many Requests' });
    renderApp('/admin/patients/activation');
    await user.click(await screen.findByRole('button', { name: 'Invitarles ahora' }));
    await user.click(screen.getByRole('button', { name: 'Enviar las invitaciones' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Demasiados intentos seguidos. Espera unos minutos y vuelve a intentarlo.');
  });

  it('shows the front desk the numbers but leaves the invitation to administrators', async () => {
    vi.mocked(identityClient.getCurrentUser).mockResolvedValue(frontDeskUser);
    renderApp('/admin/patients/activation');
    expect(await screen.findByText('Solo administración puede enviar las invitaciones.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Invitarles ahora' })).toBeNull();
  });
});
