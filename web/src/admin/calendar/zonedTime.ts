import { Temporal } from 'temporal-polyfill';

// Staff type a date and a time as the location reads them; the API wants an instant. Temporal knows each zone's
// offset on that very day (summer or winter), which the Date API cannot tell for a zone other than the device's.

/** "2026-11-27" + "10:30" at the location → an ISO instant with the location's offset on that day. */
export function zonedIso(date: string, time: string, timeZone: string): string {
  return Temporal.PlainDateTime.from(`${date}T${time}`)
    .toZonedDateTime(timeZone)
    .toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

/** The local date and time of an instant at the location, as form fields hold them. */
export function localParts(iso: string, timeZone: string): { date: string; time: string } {
  const local = Temporal.Instant.from(iso).toZonedDateTimeISO(timeZone).toPlainDateTime();
  return { date: local.toPlainDate().toString(), time: local.toPlainTime().toString({ smallestUnit: 'minute' }) };
}
