import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { identityClient, notificationsClient, operationsClient, schedulingClient, type MessageStatus, type NotificationMessagePage } from '../../api';
import { changeLanguage } from '../../i18n';
import { accountSettings } from '../../test/identityFixtures';
import { renderApp } from '../../test/renderApp';
import { adminUser, clinicInMadrid, deadEvent, deadSms, details, failedEmail, frontDeskUser, message, retryingEvent } from './messageFixtures';

vi.mock('../../api', () => ({
  schedulingClient: { getClinicProfile: vi.fn() },
  identityClient: { getCurrentUser: vi.fn(), getPublicAccountSettings: vi.fn(), logOut: vi.fn() },
  notificationsClient: {
    listNotificationMessages: vi.fn(),
    getNotificationMessage: vi.fn(),
    retryNotificationMessage: vi.fn(),
    getReminderSettings: vi.fn(),
    updateReminderSettings: vi.fn(),
  },
  operationsClient: { listOutboxMessages: vi.fn(), retryOutboxMessage: vi.fn() },
}));

// The page is a lazily loaded route: on a busy machine its first render takes longer than the default second.
configure({ asyncUtilTimeout: 5000 });

const page = (items: NotificationMessagePage['items']): NotificationMessagePage => ({ items, total: items.length });

/** The log as the API filters it: by status only (enough for these tests). */
function serveLog(messages: NotificationMessagePage['items']) {
  vi.mocked(notificationsClient.listNotificationMessages).mockImplementation(async (_patient, _channel, status?: MessageStatus) =>
    page(messages.filter((m) => !status || m.status === status)),
  );
}

beforeEach(async () => {
  vi.resetAllMocks();
  vi.mocked(schedulingClient.getClinicProfile).mockResolvedValue(clinicInMadrid);
  vi.mocked(identityClient.getPublicAccountSettings).mockResolvedValue(accountSettings);
  vi.mocked(identityClient.getCurrentUser).mockResolvedValue(adminUser);
  vi.mocked(notificationsClient.getReminderSettings).mockResolvedValue({ reminders: [{ hoursBefore: 24, email: true, sms: true }] });
  vi.mocked(operationsClient.listOutboxMessages).mockResolvedValue([]);
  await changeLanguage('es');
});

async function messageList() {
  return within(await screen.findByRole('list', { name: 'Mensajes' }));
}

describe('/admin/messages delivery log', () => {
  it('opens on what needs attention: failed and dead messages, newest first, with attempts, next attempt and error in the clinic’s zone', async () => {
    serveLog([message({ id: 'ok' }), deadSms, failedEmail]);
    renderApp('/admin/messages');

    const list = await messageList();
    const cards = list.getAllByRole('listitem');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Recordatorio de cita · Email',
      'Confirmación de cita · SMS',
    ]);
    expect(notificationsClient.listNotificationMessages).toHaveBeenCalledWith(undefined, undefined, 'Failed', undefined, undefined, undefined, undefined, 0, 100, expect.anything());
    expect(notificationsClient.listNotificationMessages).toHaveBeenCalledWith(undefined, undefined, 'Dead', undefined, undefined, undefined, undefined, 0, 100, expect.anything());

    const failed = within(cards[0]!);
    expect(failed.getByText('Falló, se reintentará')).toBeTruthy();
    expect(failed.getByText('SmtpCommandException: Mailbox unavailable')).toBeTruthy();
    // 10:05 UTC is 11:05 in Madrid.
    expect(failed.getByText('26/11/26, 11:05')).toBeTruthy();
    expect(failed.queryByRole('button', { name: /^Reintentar ahora/ })).toBeNull();

    const dead = within(cards[1]!);
    expect(dead.getByText('No entregado')).toBeTruthy();
    expect(dead.getByText('Twilio refused the number (21211).')).toBeTruthy();
    expect(dead.getByText('+34600111222')).toBeTruthy();
    expect(dead.getByRole('button', { name: 'Reintentar ahora: Confirmación de cita para Lucía García' })).toBeTruthy();
    expect(screen.getByText('Horas en la zona horaria de la clínica (Europe/Madrid).')).toBeTruthy();
  });

  it('says everything was sent when nothing needs attention', async () => {
    serveLog([message({ id: 'ok' })]);
    renderApp('/admin/messages');

    expect(await screen.findByText('Todo enviado: no hay mensajes con problemas.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Mensajes' })).toBeNull();
  });

  it('filters by status, channel and recipient through the API, one page at a time', async () => {
    serveLog([message({ id: 'ok' }), deadSms]);
    renderApp('/admin/messages');
    await messageList();

    await userEvent.selectOptions(screen.getByLabelText('Mostrar mensajes'), 'Enviado');
    await userEvent.selectOptions(screen.getByLabelText('Canal'), 'SMS');

    await waitFor(() =>
      expect(notificationsClient.listNotificationMessages).toHaveBeenLastCalledWith(undefined, 'Sms', 'Sent', undefined, undefined, undefined, undefined, 0, 25, expect.anything()),
    );
    await userEvent.type(screen.getByLabelText('Destinatario (email o teléfono)'), '600 111 222{Enter}');
    await waitFor(() =>
      expect(notificationsClient.listNotificationMessages).toHaveBeenLastCalledWith(undefined, 'Sms', 'Sent', undefined, '600 111 222', undefined, undefined, 0, 25, expect.anything()),
    );
    const list = await messageList();
    expect(list.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByText('Mensajes 1–1 de 1')).toBeTruthy();
  });

  it('retries a dead message, says its new status and refreshes the log', async () => {
    serveLog([deadSms]);
    vi.mocked(notificationsClient.retryNotificationMessage).mockImplementation(async () => {
      serveLog([{ ...deadSms, status: 'Queued', attempts: 0, lastError: null }]);
      return { ...deadSms, status: 'Queued', attempts: 0, lastError: null, nextAttemptAt: '2026-11-26T11:00:00Z' };
    });
    renderApp('/admin/messages');

    await userEvent.click((await messageList()).getByRole('button', { name: /^Reintentar ahora/ }));

    expect(notificationsClient.retryNotificationMessage).toHaveBeenCalledWith('dead-sms');
    expect(await screen.findByText('Mensaje a Lucía García puesto de nuevo en cola: ahora está «En cola».')).toBeTruthy();
    expect(await screen.findByText('Todo enviado: no hay mensajes con problemas.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Registro de envíos' }));
  });

  it('explains a refused retry (expired) with the server’s reason', async () => {
    serveLog([deadSms]);
    vi.mocked(notificationsClient.retryNotificationMessage).mockRejectedValue({
      status: 422,
      detail: 'This message expired at 2026-11-27 09:00:00Z; sending it now would give the patient outdated information.',
    });
    renderApp('/admin/messages');

    await userEvent.click((await messageList()).getByRole('button', { name: /^Reintentar ahora/ }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Este mensaje ha caducado');
    expect(alert.textContent).toContain('This message expired at 2026-11-27');
  });

  it('shows a message’s text and error in a dialog, retries it there and shows the new status', async () => {
    serveLog([deadSms]);
    vi.mocked(notificationsClient.getNotificationMessage).mockResolvedValue(details(deadSms));
    vi.mocked(notificationsClient.retryNotificationMessage).mockResolvedValue({ ...deadSms, status: 'Queued', attempts: 0 });
    renderApp('/admin/messages');

    await userEvent.click((await messageList()).getByRole('button', { name: 'Ver detalle: Confirmación de cita para Lucía García' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Detalle del mensaje' }));
    expect(await dialog.findByText('Clínica Lumina: tu cita es el viernes a las 10:00.')).toBeTruthy();
    expect(dialog.getByRole('heading', { name: 'Por qué falló' })).toBeTruthy();
    expect(dialog.getByText('Twilio refused the number (21211).')).toBeTruthy();

    await userEvent.click(dialog.getByRole('button', { name: 'Reintentar ahora' }));

    expect(await dialog.findByText('Mensaje a Lucía García puesto de nuevo en cola: ahora está «En cola».')).toBeTruthy();
    expect(dialog.getByText('En cola')).toBeTruthy();
    expect(dialog.queryByRole('button', { name: 'Reintentar ahora' })).toBeNull();

    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows an email’s HTML on request, only in a sandboxed frame', async () => {
    serveLog([failedEmail]);
    vi.mocked(notificationsClient.getNotificationMessage).mockResolvedValue(details(failedEmail));
    renderApp('/admin/messages');

    await userEvent.click((await messageList()).getByRole('button', { name: /^Ver detalle/ }));
    const toggle = await screen.findByRole('button', { name: 'Ver el email como lo recibió el paciente' });
    expect(screen.queryByTitle('Vista del email')).toBeNull();
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const frame = screen.getByTitle('Vista del email') as HTMLIFrameElement;
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toBe('<p>Hola Lucía</p>');
  });

  it('tells that the log could not be loaded and lets staff try again', async () => {
    vi.mocked(notificationsClient.listNotificationMessages).mockRejectedValueOnce({ status: 500 }).mockRejectedValueOnce({ status: 500 });
    renderApp('/admin/messages');

    expect(await screen.findByText('No se pudo cargar el registro de envíos.')).toBeTruthy();
    serveLog([deadSms]);
    await userEvent.click(screen.getAllByRole('button', { name: 'Reintentar' })[0]!);
    expect((await messageList()).getAllByRole('listitem')).toHaveLength(1);
  });
});

describe('/admin/messages for front desk', () => {
  it('shows the log read-only: no retry, and the admin sections say who may use them without asking the API', async () => {
    vi.mocked(identityClient.getCurrentUser).mockResolvedValue(frontDeskUser);
    serveLog([deadSms]);
    vi.mocked(notificationsClient.getNotificationMessage).mockResolvedValue(details(deadSms));
    renderApp('/admin/messages');

    const list = await messageList();
    expect(list.getByText('No entregado')).toBeTruthy();
    expect(list.queryByRole('button', { name: /^Reintentar ahora/ })).toBeNull();
    expect(screen.getByText('Solo lectura: un administrador puede reintentar envíos y cambiar los recordatorios.')).toBeTruthy();
    expect(screen.getAllByText('Solo un administrador puede ver y cambiar esta sección.')).toHaveLength(2);
    expect(operationsClient.listOutboxMessages).not.toHaveBeenCalled();
    expect(notificationsClient.getReminderSettings).not.toHaveBeenCalled();

    await userEvent.click(list.getByRole('button', { name: /^Ver detalle/ }));
    const dialog = within(await screen.findByRole('dialog'));
    expect(await dialog.findByText('Twilio refused the number (21211).')).toBeTruthy();
    expect(dialog.queryByRole('button', { name: 'Reintentar ahora' })).toBeNull();
  });
});

describe('/admin/messages event outbox', () => {
  it('lists retrying and stopped events per module and redelivers a stopped one', async () => {
    serveLog([]);
    vi.mocked(operationsClient.listOutboxMessages).mockImplementation(async (status) => (status === 'DeadLettered' ? [deadEvent] : status === 'Retrying' ? [retryingEvent] : []));
    vi.mocked(operationsClient.retryOutboxMessage).mockResolvedValue();
    renderApp('/admin/messages');

    const events = within(await screen.findByRole('list', { name: 'Eventos' }));
    const cards = events.getAllByRole('listitem');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual(['PasswordResetRequested', 'AppointmentBooked']);
    expect(within(cards[0]!).getByText('Reintentando')).toBeTruthy();
    expect(within(cards[0]!).queryByRole('button')).toBeNull();
    expect(within(cards[1]!).getByText('InvalidOperationException: database is locked')).toBeTruthy();

    await userEvent.click(within(cards[1]!).getByRole('button', { name: 'Reintentar ahora: AppointmentBooked · Scheduling' }));

    expect(operationsClient.retryOutboxMessage).toHaveBeenCalledWith('Scheduling', 'e1');
    expect(await screen.findByText('Evento AppointmentBooked puesto de nuevo en cola.')).toBeTruthy();
  });

  it('says all events were delivered when none is retrying or stopped', async () => {
    serveLog([]);
    renderApp('/admin/messages');
    expect(await screen.findByText('Todo entregado: no hay eventos con problemas.')).toBeTruthy();
  });
});

describe('/admin/messages in English', () => {
  it('speaks English to staff who chose it', async () => {
    await changeLanguage('en');
    serveLog([deadSms]);
    renderApp('/admin/messages');

    const list = within(await screen.findByRole('list', { name: 'Messages' }));
    expect(list.getByRole('heading', { name: 'Appointment confirmation · SMS' })).toBeTruthy();
    expect(list.getByText('Undelivered')).toBeTruthy();
    expect(list.getByRole('button', { name: 'Retry now: Appointment confirmation to Lucía García' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Messages' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Save reminders' })).toBeTruthy();
  });
});
