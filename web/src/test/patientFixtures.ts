import type { CurrentUserResponse, PatientRecord, PossibleDuplicateResponse } from '../api';
import { staffUser } from './identityFixtures';

export const adminUser: CurrentUserResponse = { ...staffUser, roles: ['Admin'] };
export const frontDeskUser: CurrentUserResponse = staffUser;
export const providerUser: CurrentUserResponse = { ...staffUser, roles: ['Provider'] };

export function patientRecord(id: string, firstName: string, lastName: string, overrides: Partial<PatientRecord> = {}): PatientRecord {
  return {
    profile: {
      id,
      firstName,
      lastName,
      email: `${firstName.toLowerCase()}@example.test`,
      phone: '+34600111222',
      birthDate: null,
      address: null,
      preferredLanguage: 'es',
      marketingConsent: false,
    },
    source: 'Staff',
    createdAt: '2026-11-20T10:00:00Z',
    hasAccount: false,
    emailVerified: false,
    lastLoginAt: null,
    mergedIntoId: null,
    ...overrides,
  };
}

export const elena = patientRecord('11111111-1111-1111-1111-111111111111', 'Elena', 'Ruiz', {
  source: 'Registration',
  hasAccount: true,
  emailVerified: true,
  lastLoginAt: '2026-11-21T09:30:00Z',
});
export const helena = patientRecord('22222222-2222-2222-2222-222222222222', 'Helena', 'Ruiz', { source: 'Booking' });

export const samePhonePair: PossibleDuplicateResponse = {
  id: '33333333-3333-3333-3333-333333333333',
  reason: 'SamePhone',
  detectedAt: '2026-11-22T08:00:00Z',
  patient: helena,
  duplicateOf: elena,
};
