import type { CurrentUserResponse, PatientProfile, PublicAccountSettings } from '../api';

export const signedOut = { status: 401, title: 'Unauthorized' };

export const patientUser: CurrentUserResponse = {
  userId: '99999999-0000-0000-0000-000000000001',
  email: 'lucia@example.com',
  displayName: 'Lucía García',
  firstName: 'Lucía',
  lastName: 'García',
  roles: ['Patient'],
  patientId: '88888888-0000-0000-0000-000000000001',
  preferredLanguage: 'es',
};

export const staffUser: CurrentUserResponse = {
  userId: '99999999-0000-0000-0000-000000000002',
  email: 'recepcion@clinica-lumina.test',
  displayName: 'Laura Gómez',
  firstName: 'Laura',
  lastName: 'Gómez',
  roles: ['FrontDesk'],
  patientId: null,
  preferredLanguage: 'es',
};

export const accountSettings: PublicAccountSettings = {
  recaptchaSiteKey: null,
  recaptchaAction: 'login',
  phoneVerificationRequired: true,
  sessionIdleMinutes: 30,
};

export const patientProfile: PatientProfile = {
  id: patientUser.patientId!,
  firstName: 'Lucía',
  lastName: 'García',
  email: 'lucia@example.com',
  phone: '+34600111222',
  birthDate: '1990-05-17',
  address: null,
  preferredLanguage: 'es',
  marketingConsent: false,
};

/** What the generated client throws for a 400 with field errors. */
export function validationProblem(errors: Record<string, string[]>) {
  return { status: 400, title: 'One or more fields are invalid', errors };
}
