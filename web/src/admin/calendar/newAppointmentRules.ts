import * as z from 'zod/mini';
import { optionalText } from '../../forms/rules';
import { localDate, localTime, maxNotesLength } from './calendarRules';

// What staff must fill in to book on a patient's behalf; the server checks everything again.

export const newAppointmentSchema = z.object({
  patientId: z.string().check(z.minLength(1, 'calendar.newForm.required.patient')),
  locationId: z.string().check(z.minLength(1, 'calendar.newForm.required.location')),
  providerId: z.string().check(z.minLength(1, 'calendar.newForm.required.provider')),
  serviceIds: z.array(z.string()).check(z.minLength(1, 'calendar.newForm.required.services')),
  date: localDate,
  time: localTime,
  notes: optionalText(maxNotesLength),
});

export type NewAppointmentValues = z.input<typeof newAppointmentSchema>;

/** The form's fields as the dialog names them, in screen order (the first one in error gets the focus). */
export const fieldOrder = ['patientId', 'locationId', 'providerId', 'serviceIds', 'date', 'time', 'notes'] as const;
export type NewAppointmentField = (typeof fieldOrder)[number];

const shortNames = { patientId: 'patient', locationId: 'location', providerId: 'provider', serviceIds: 'services', date: 'date', time: 'time', notes: 'notes' } as const;

/** The i18n keys of what is missing, by field ("patient", "services"…); empty when the form can be sent. */
export function validateNewAppointment(values: NewAppointmentValues): Partial<Record<(typeof shortNames)[NewAppointmentField], string>> {
  const result = newAppointmentSchema.safeParse(values);
  if (result.success) return {};
  const found = new Map<NewAppointmentField, string>();
  for (const issue of result.error.issues) {
    const field = issue.path[0] as NewAppointmentField;
    if (!found.has(field)) found.set(field, issue.message);
  }
  return Object.fromEntries(fieldOrder.filter((field) => found.has(field)).map((field) => [shortNames[field], found.get(field)!]));
}

/** A 400's field name ("PatientId", "serviceIds[0]", "startsAt") → the field that shows it. */
export function serverField(key: string): NewAppointmentField | undefined {
  const name = (key.charAt(0).toLowerCase() + key.slice(1)).replace(/\[\d+\]$/, '');
  if (name === 'startsAt') return 'time';
  return (fieldOrder as readonly string[]).includes(name) ? (name as NewAppointmentField) : undefined;
}
