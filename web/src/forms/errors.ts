import { get, type FieldErrors, type FieldValues, type Path, type UseFormSetError } from 'react-hook-form';
import type { Problem } from '../api/problems';
import { useTranslation } from '../i18n';

/**
 * Translates a field's error: our own rules carry an i18n key, anything else (the server's words) is shown as
 * written. Nested fields are named by path: "reminders.0.hours".
 */
export function useFieldErrors<T extends FieldValues>(errors: FieldErrors<T>) {
  const { t, i18n } = useTranslation();
  return (field: Path<T> | `${Path<T>}.${string}`): string | undefined => {
    const message = (get(errors, field) as { message?: string } | undefined)?.message;
    if (!message) return undefined;
    return i18n.exists(message) ? t(message as never) : message;
  };
}

/**
 * Puts a 400's field errors next to the fields that exist in this form and focuses the first;
 * `messages` replaces the server's English text with the form's own words where it knows better.
 * Returns false when none of the errors belonged to a field here.
 */
export function applyFieldErrors<T extends FieldValues>(
  problem: Problem,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
  messages: Partial<Record<Path<T>, string>> = {},
): boolean {
  let focused = false;
  for (const field of fields) {
    const serverMessages = problem.errors?.[field];
    if (!serverMessages?.length) continue;
    setError(field, { type: 'server', message: messages[field] ?? serverMessages[0] }, { shouldFocus: !focused });
    focused = true;
  }
  return focused;
}
