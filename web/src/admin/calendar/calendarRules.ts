import * as z from 'zod/mini';

// A date and a time as staff type them for a location (its wall clock); zonedIso turns them into an instant.

export const localDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'calendar.newForm.required.date'));
export const localTime = z.string().check(z.regex(/^\d{2}:\d{2}$/, 'calendar.newForm.required.time'));
export const maxNotesLength = 1000;
export const maxReasonLength = 500;
