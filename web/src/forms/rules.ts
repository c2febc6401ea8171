import * as z from 'zod/mini';

// Field rules shared by the forms. Schemas use zod/mini (the functional build of zod 4, a fraction of its size):
// `z.string().check(z.trim(), z.minLength(1, 'validation.required'))` instead of `z.string().trim().min(1, ...)`.
// Messages are i18n keys; useFieldErrors translates them (see errors.ts). The server checks everything again:
// these rules only spare people a round trip.

export const minPasswordLength = 8;

export const requiredText = (max = 100) => z.string().check(z.trim(), z.minLength(1, 'validation.required'), z.maxLength(max, 'validation.tooLong'));

export const optionalText = (max: number) => z.string().check(z.trim(), z.maxLength(max, 'validation.tooLong'));

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const email = z.string().check(z.trim(), z.minLength(1, 'validation.required'), z.maxLength(254, 'validation.tooLong'), z.regex(emailPattern, 'validation.email'));

/** Empty, or a valid email. */
export const optionalEmail = z.string().check(
  z.trim(),
  z.maxLength(254, 'validation.tooLong'),
  z.refine((value) => value === '' || emailPattern.test(value), 'validation.email'),
);

export const newPassword = z.string().check(z.minLength(minPasswordLength, 'validation.passwordLength'), z.maxLength(128, 'validation.tooLong'));

/** An object-level check: the repeated password must equal the new one (the error sits on the repetition). */
export function passwordsMatch<Key extends string, Confirm extends string>(password: Key, confirm: Confirm) {
  return z.refine<Record<Key | Confirm, string>>((form) => form[password] === form[confirm], { path: [confirm], message: 'validation.passwordsDiffer' });
}

/** Optional phone in any common notation; the server reads it properly (libphonenumber). */
export const optionalPhone = z.string().check(
  z.trim(),
  z.refine((value) => value === '' || /^\+?[0-9][0-9 ()\-.]{5,19}$/.test(value), 'validation.phone'),
);

/** Optional yyyy-mm-dd from a date input, in the past. */
export const optionalBirthDate = z
  .string()
  .check(z.refine((value) => value === '' || (/^\d{4}-\d{2}-\d{2}$/.test(value) && value >= '1900-01-01' && new Date(value) < new Date()), 'validation.birthDate'));

export const language = z.enum(['es', 'en']);

/** A whole number within bounds, typed into a text box (empty or "2.5" is an error, not NaN or 2). */
export const isWholeNumberBetween = (value: string, min: number, max: number) => /^\d+$/.test(value.trim()) && Number(value) >= min && Number(value) <= max;

export const wholeNumberText = (min: number, max: number, message: string) => z.string().check(z.refine((value) => isWholeNumberBetween(value, min, max), message));

/** Empty inputs travel as null, which the API reads as "not given". */
export const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
