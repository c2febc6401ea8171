// Calendar arithmetic on yyyy-MM-dd strings. A calendar date is held as a UTC instant so that adding days or
// months never crosses a daylight-saving change of the device's zone.

/** A yyyy-MM-dd calendar date as a UTC instant. */
export function dateOnly(value: string): Date {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's date at the location, as yyyy-MM-dd. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** yyyy-MM-dd plus (or minus) whole days. */
export function addDays(date: string, days: number): string {
  const value = dateOnly(date);
  value.setUTCDate(value.getUTCDate() + days);
  return isoDate(value);
}

/** yyyy-MM plus (or minus) whole months. */
export function addMonths(month: string, delta: number): string {
  const date = dateOnly(`${month}-01`);
  date.setUTCMonth(date.getUTCMonth() + delta);
  return isoDate(date).slice(0, 7);
}

/** A local time "HH:mm" (or "HH:mm:ss") before 14:00 counts as morning, as clinics split their day. */
export function isMorning(localTime: string): boolean {
  return localTime < '14:00';
}
