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
