import { z } from 'zod';

// Messages are i18n keys under `validation`; useFieldErrors translates them (see errors.ts).
// The server checks everything again: these rules only spare people a round trip.

export const minPasswordLength = 8;

export const requiredText = (max = 100) => z.string().trim().min(1, 'validation.required').max(max, 'validation.tooLong');

export const email = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(254, 'validation.tooLong')
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'validation.email');

export const newPassword = z.string().min(minPasswordLength, 'validation.passwordLength').max(128, 'validation.tooLong');

/** Optional phone in any common notation; the server reads it properly (libphonenumber). */
export const optionalPhone = z
  .string()
  .trim()
  .refine((value) => value === '' || /^\+?[0-9][0-9 ()\-.]{5,19}$/.test(value), 'validation.phone');

/** Optional yyyy-mm-dd from a date input, in the past. */
export const optionalBirthDate = z
  .string()
  .refine((value) => value === '' || (/^\d{4}-\d{2}-\d{2}$/.test(value) && value >= '1900-01-01' && new Date(value) < new Date()), 'validation.birthDate');

export const language = z.enum(['es', 'en']);

/** Empty inputs travel as null, which the API reads as "not given". */
export const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
