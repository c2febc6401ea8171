import * as z from 'zod/mini';
import type { DayOfWeek, TimeRange, WeeklyHoursResponse, WorkingDay } from '../../api';

/** Monday first, as clinics in Spain read a week. */
export const weekdays: DayOfWeek[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const maxIntervalsPerDay = 6;

export type Week = Record<DayOfWeek, TimeRange[]>;
/** i18n keys of the problems, by day and interval index ("start"/"end" side). */
export type WeekErrors = Partial<Record<DayOfWeek, Record<number, { start?: string; end?: string }>>>;

export function toWeek(response: WeeklyHoursResponse): Week {
  const week = Object.fromEntries(weekdays.map((day) => [day, [] as TimeRange[]])) as Week;
  for (const day of response.days) week[day.dayOfWeek] = day.intervals.map((range) => ({ ...range }));
  return week;
}

/** The API's shape: days left out are days off. */
export function toDays(week: Week): WorkingDay[] {
  return weekdays.filter((day) => week[day].length > 0).map((day) => ({ dayOfWeek: day, intervals: week[day] }));
}

const time = /^([01]\d|2[0-3]):[0-5]\d$/;
const minutes = (value: string) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));

/** The same rules as SetWeeklyHoursValidator: "HH:mm" times, end after start, no overlaps within a day. */
export function validateWeek(week: Week): WeekErrors {
  const errors: WeekErrors = {};
  const put = (day: DayOfWeek, index: number, side: 'start' | 'end', key: string) => {
    const byIndex = (errors[day] ??= {});
    byIndex[index] = { ...byIndex[index], [side]: byIndex[index]?.[side] ?? key };
  };
  for (const day of weekdays) {
    const ranges = week[day];
    ranges.forEach((range, index) => {
      if (!time.test(range.start)) put(day, index, 'start', 'adminSchedules.weekly.errors.time');
      if (!time.test(range.end)) put(day, index, 'end', 'adminSchedules.weekly.errors.time');
      else if (time.test(range.start) && minutes(range.end) <= minutes(range.start)) put(day, index, 'end', 'adminSchedules.weekly.errors.order');
    });
    if (errors[day]) continue;
    const sorted = ranges.map((range, index) => ({ index, start: minutes(range.start), end: minutes(range.end) })).sort((a, b) => a.start - b.start);
    sorted.slice(1).forEach((current, i) => {
      if (current.start < sorted[i]!.end) put(day, current.index, 'start', 'adminSchedules.weekly.errors.overlap');
    });
  }
  return errors;
}

/**
 * A 400 names the payload's paths, e.g. "days[1].intervals[0].end" or "days[1].intervals";
 * `sent` is the list that was sent, so index 1 is the second working day, not Tuesday.
 */
export function serverWeekErrors(fieldErrors: Record<string, string[]>, sent: WorkingDay[]): WeekErrors {
  const errors: WeekErrors = {};
  for (const key of Object.keys(fieldErrors)) {
    const match = /^days\[(\d+)\]\.intervals(?:\[(\d+)\](?:\.(start|end))?)?$/i.exec(key);
    const day = match ? sent[Number(match[1])] : undefined;
    if (!match || !day) continue;
    const index = match[2] === undefined ? 0 : Number(match[2]);
    const side = match[3]?.toLowerCase() === 'start' ? 'start' : match[2] === undefined ? 'start' : 'end';
    const message =
      match[2] === undefined ? 'adminSchedules.weekly.errors.overlap' : side === 'start' ? 'adminSchedules.weekly.errors.time' : 'adminSchedules.weekly.errors.order';
    const byIndex = (errors[day.dayOfWeek] ??= {});
    byIndex[index] = { ...byIndex[index], [side]: message };
  }
  return errors;
}

const interval = z.object({ start: z.string(), end: z.string() });

/** The form's schema: validateWeek's findings, each on the field it names ("week.Monday.0.end"). */
export const weekSchema = z.object({ week: z.record(z.enum(weekdays), z.array(interval)) }).check(
  z.superRefine((form, context) => {
    const errors = validateWeek(form.week);
    for (const day of weekdays) {
      for (const [index, sides] of Object.entries(errors[day] ?? {})) {
        for (const side of ['start', 'end'] as const) {
          const message = sides[side];
          if (message) context.addIssue({ code: 'custom', path: ['week', day, Number(index), side], message, input: form });
        }
      }
    }
  }),
);
