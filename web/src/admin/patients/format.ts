import type { PatientRecord } from '../../api';

export function fullName(record: PatientRecord): string {
  return `${record.profile.firstName} ${record.profile.lastName}`;
}

/** Where the patient stands with the portal, as an i18n key under `patients.portal`. */
export type PortalState = 'noAccount' | 'notVerified' | 'neverLoggedIn' | 'loggedIn';

export function portalState(record: PatientRecord): PortalState {
  if (!record.hasAccount) return 'noAccount';
  if (!record.emailVerified) return 'notVerified';
  return record.lastLoginAt ? 'loggedIn' : 'neverLoggedIn';
}

/**
 * A moment that belongs to no clinic location (a login, a sign-up): shown in the staff member's
 * own zone, with that zone named so nobody mistakes it for a location's time.
 */
export function formatMoment(iso: string, locale: string): string {
  // dateStyle/timeStyle cannot be combined with timeZoneName, hence the separate fields.
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** A calendar date (birth date): no zone, so it never shifts a day. */
export function formatDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
