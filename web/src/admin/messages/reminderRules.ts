import * as z from 'zod/mini';
import type { ReminderLeadTime } from '../../api';

/** The API's limits (ReminderRule.MaxRules / MaxHoursBefore). */
export const maxReminders = 5;
export const maxHoursBefore = 720;

export interface ReminderRow {
  hours: string;
  email: boolean;
  sms: boolean;
}

export type RowErrors = { hours?: string; channels?: string };

/** Error texts by row: i18n keys from our own rules (the same as the API's). */
export function validateReminders(rows: ReminderRow[]): RowErrors[] {
  const seen = new Set<number>();
  return rows.map((row) => {
    const errors: RowErrors = {};
    const hours = Number(row.hours);
    if (!/^\d+$/.test(row.hours.trim()) || hours < 1 || hours > maxHoursBefore) errors.hours = 'adminMessages.reminders.errors.hours';
    else if (seen.has(hours)) errors.hours = 'adminMessages.reminders.errors.duplicate';
    else seen.add(hours);
    if (!row.email && !row.sms) errors.channels = 'adminMessages.reminders.errors.channels';
    return errors;
  });
}

/** Each row's problems sit on its hours field and on its pair of channel boxes ("reminders.1.channels"). */
export const remindersSchema = z.object({ reminders: z.array(z.object({ hours: z.string(), email: z.boolean(), sms: z.boolean() })) }).check(
  z.superRefine((form, context) => {
    validateReminders(form.reminders).forEach((errors, index) => {
      if (errors.hours) context.addIssue({ code: 'custom', path: ['reminders', index, 'hours'], message: errors.hours, input: form });
      if (errors.channels) context.addIssue({ code: 'custom', path: ['reminders', index, 'channels'], message: errors.channels, input: form });
    });
  }),
);

export const toRows = (reminders: ReminderLeadTime[]): ReminderRow[] => reminders.map((r) => ({ hours: String(r.hoursBefore), email: r.email, sms: r.sms }));

/** "reminders[1].hoursBefore" → row 1's hours; "reminders[1].channels" → its channels; "reminders" → the form as a whole. */
export function serverErrors(errors: Record<string, string[]>, count: number): { rowErrors: RowErrors[]; general?: string } {
  const rowErrors: RowErrors[] = Array.from({ length: count }, () => ({}));
  let general: string | undefined;
  for (const [key, messages] of Object.entries(errors)) {
    const message = messages[0];
    if (!message) continue;
    const match = /^reminders\[(\d+)\](?:\.(\w+))?$/i.exec(key);
    const row = match ? rowErrors[Number(match[1])] : undefined;
    if (row && match?.[2]?.toLowerCase() === 'channels') row.channels ??= message;
    else if (row) row.hours ??= message;
    else general ??= message;
  }
  return { rowErrors, general };
}
