import type { AppointmentDetails } from '../api';
import { formatInstant, zoneCity } from '../booking/time';
import { formatMoney } from '../lib/format';

/** The appointment's start as the location's wall-clock time; the zone is named next to it, never assumed. */
export function appointmentWhen(appointment: AppointmentDetails, locale: string): string {
  return formatInstant(appointment.startsAt, appointment.timeZone, locale);
}

export function appointmentZoneCity(appointment: AppointmentDetails, locale: string): string {
  return zoneCity(appointment.timeZone, locale);
}

/** Fees come in minor units without a currency; the appointment's prices carry the clinic's currency. */
export function formatFee(appointment: AppointmentDetails, amountMinor: number, locale: string): string {
  const currency = appointment.services[0]?.price.currency ?? 'EUR';
  return formatMoney({ amountMinor, currency }, locale);
}
