import { Temporal } from 'temporal-polyfill';

// The host under test runs on the suite's "now": CLINIC_TEST_NOW when set (e2e.mjs starts the host's development
// clock there), otherwise the real time. Specs take their dates from here, never from the machine's clock.
const offsetMs = Number(process.env.CLINIC_CLOCK_OFFSET_MS ?? '0');

/** True when the suite runs on a moved clock, so the browser's clock must be moved to match the host's. */
export const clockIsMoved = offsetMs !== 0;

/** The host's current instant, in milliseconds since the epoch. */
export function hostNowMs(): number {
  return Date.now() + offsetMs;
}

/** The host's current date in a time zone (a location's, usually). */
export function hostToday(timeZone: string): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(hostNowMs()).toZonedDateTimeISO(timeZone).toPlainDate();
}
