import type { WebhookEventType } from '../../api';
import { useTranslation } from '../../i18n';

/** The catalog's event types with a translated description (i18n keys cannot hold '.'); a type the screen does not know yet shows the server's English text. */
const eventKeys = {
  'appointment.booked': 'appointmentBooked',
  'appointment.cancelled': 'appointmentCancelled',
  'appointment.rescheduled': 'appointmentRescheduled',
  'appointment.started': 'appointmentStarted',
  'appointment.completed': 'appointmentCompleted',
  'appointment.no_show': 'appointmentNoShow',
  'patient.created': 'patientCreated',
  'patient.merged': 'patientMerged',
} as const;

export function useEventDescription() {
  const { t } = useTranslation('staff');
  return (type: WebhookEventType) =>
    type.name in eventKeys ? t(`adminIntegrations.events.${eventKeys[type.name as keyof typeof eventKeys]}`) : type.description;
}
