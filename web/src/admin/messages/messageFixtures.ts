import type { CurrentUserResponse, NotificationMessageDetails, NotificationMessageSummary, OutboxMessageView } from '../../api';
import { clinicProfile } from '../../test/catalogFixtures';
import { staffUser } from '../../test/identityFixtures';

export const adminUser: CurrentUserResponse = { ...staffUser, email: 'admin@clinica-lumina.test', roles: ['Admin'] };
export const frontDeskUser = staffUser;

/** The clinic keeps Madrid time; its first location is an hour behind, so a time shown in the wrong zone shows. */
export const clinicInMadrid = {
  ...clinicProfile,
  timeZone: 'Europe/Madrid',
  locations: [{ id: 'l1', name: 'Lumina Las Palmas · Triana', address: 'Calle Triana 12', phone: '+34928123456', timeZone: 'Atlantic/Canary' }],
};

export function message(overrides: Partial<NotificationMessageSummary>): NotificationMessageSummary {
  return {
    id: 'm1',
    channel: 'Email',
    type: 'AppointmentConfirmation',
    status: 'Sent',
    recipient: 'lucia@example.com',
    recipientName: 'Lucía García',
    language: 'es',
    subject: 'Tu cita está confirmada',
    smsText: null,
    patientId: 'p1',
    appointmentId: 'a1',
    attempts: 1,
    createdAt: '2026-11-26T09:00:00Z',
    sendAt: '2026-11-26T09:00:00Z',
    nextAttemptAt: null,
    sentAt: '2026-11-26T09:00:05Z',
    lastError: null,
    ...overrides,
  };
}

export const deadSms = message({
  id: 'dead-sms',
  channel: 'Sms',
  status: 'Dead',
  recipient: '+34600111222',
  subject: null,
  smsText: 'Clínica Lumina: tu cita es el viernes a las 10:00.',
  attempts: 5,
  createdAt: '2026-11-26T08:00:00Z',
  sendAt: '2026-11-26T08:00:00Z',
  sentAt: null,
  lastError: 'Twilio refused the number (21211).',
});

export const failedEmail = message({
  id: 'failed-email',
  status: 'Failed',
  recipient: 'javier.molina@example.com',
  recipientName: 'Javier Molina',
  type: 'AppointmentReminder',
  attempts: 2,
  createdAt: '2026-11-26T10:00:00Z',
  sendAt: '2026-11-26T10:00:00Z',
  nextAttemptAt: '2026-11-26T10:05:00Z',
  sentAt: null,
  lastError: 'SmtpCommandException: Mailbox unavailable',
});

export function details(summary: NotificationMessageSummary): NotificationMessageDetails {
  return {
    summary,
    textBody: summary.smsText ?? 'Hola Lucía, tu cita está confirmada para el viernes a las 10:00.',
    htmlBody: summary.channel === 'Email' ? '<p>Hola Lucía</p>' : null,
    calendarFile: null,
    providerMessageId: null,
    contentRedacted: false,
  };
}

export const deadEvent: OutboxMessageView = {
  module: 'Scheduling',
  id: 'e1',
  type: 'AppointmentBooked',
  status: 'DeadLettered',
  occurredAt: '2026-11-26T07:00:00Z',
  attempts: 10,
  nextAttemptAt: '2026-11-26T07:30:00Z',
  processedAt: null,
  deadLetteredAt: '2026-11-26T07:30:00Z',
  lastError: 'InvalidOperationException: database is locked',
};

export const retryingEvent: OutboxMessageView = {
  ...deadEvent,
  module: 'Identity',
  id: 'e2',
  type: 'PasswordResetRequested',
  status: 'Retrying',
  occurredAt: '2026-11-26T09:30:00Z',
  attempts: 2,
  deadLetteredAt: null,
};
