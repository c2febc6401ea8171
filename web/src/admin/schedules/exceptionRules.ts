import * as z from 'zod/mini';
import type { ScheduleExceptionKind } from '../../api';

// The same rules as AddScheduleExceptionValidator; the server checks them again.

export const kinds: ScheduleExceptionKind[] = ['TimeOff', 'ExtraHours', 'LocationClosed'];
export const maxReasonLength = 120;
const time = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Extra hours are always a span of time (the API refuses a whole-day one). */
export const isWholeDay = (values: { kind: ScheduleExceptionKind; wholeDay: boolean }) => values.kind !== 'ExtraHours' && values.wholeDay;

export const exceptionSchema = z
  .object({
    kind: z.enum(kinds),
    date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'adminSchedules.exceptions.errors.date')),
    wholeDay: z.boolean(),
    start: z.string(),
    end: z.string(),
    reason: z.string().check(z.trim(), z.maxLength(maxReasonLength, 'adminSchedules.exceptions.errors.reason')),
  })
  .check(
    z.refine((values) => isWholeDay(values) || time.test(values.start), { path: ['start'], message: 'adminSchedules.exceptions.errors.time' }),
    z.refine((values) => isWholeDay(values) || time.test(values.end), { path: ['end'], message: 'adminSchedules.exceptions.errors.time' }),
    z.refine((values) => isWholeDay(values) || !time.test(values.start) || !time.test(values.end) || values.end > values.start, {
      path: ['end'],
      message: 'adminSchedules.exceptions.errors.order',
    }),
  );

export type ExceptionValues = z.output<typeof exceptionSchema>;
export type ExceptionField = 'date' | 'start' | 'end' | 'reason';

/** A 400's field names → the field that shows each, with our own words for it. */
export function serverExceptionErrors(errors: Record<string, string[]> | undefined): Partial<Record<ExceptionField, string>> {
  const fields: Partial<Record<ExceptionField, string>> = {};
  for (const key of Object.keys(errors ?? {})) {
    const name = key.toLowerCase();
    if (name === 'date') fields.date = 'adminSchedules.exceptions.errors.date';
    else if (name.endsWith('start')) fields.start = 'adminSchedules.exceptions.errors.time';
    else if (name.endsWith('end')) fields.end = 'adminSchedules.exceptions.errors.order';
    else if (name === 'reason') fields.reason = 'adminSchedules.exceptions.errors.reason';
  }
  return fields;
}
