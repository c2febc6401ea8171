import type { AppointmentStatus } from '../../api';

export type AppointmentAction = 'start' | 'complete' | 'noShow' | 'cancel' | 'reschedule';

/** The actions the API allows for an appointment in this status, in the order the panel offers them. */
export function legalActions(status: AppointmentStatus, startsAt: string, now: Date): AppointmentAction[] {
  switch (status) {
    case 'Booked': {
      // A no-show is only a fact once the appointment time has come (the API refuses it earlier).
      const started = new Date(startsAt).getTime() <= now.getTime();
      return started ? ['start', 'noShow', 'reschedule', 'cancel'] : ['start', 'reschedule', 'cancel'];
    }
    case 'Started':
      return ['complete'];
    default:
      return [];
  }
}
