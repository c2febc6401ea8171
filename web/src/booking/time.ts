// Every time a patient reads is the clinic location's wall-clock time, whatever zone the browser is in:
// formatting always passes the location's IANA zone (or UTC for bare calendar dates).

const zoneCities: Record<string, { es: string; en: string }> = {
  'Atlantic/Canary': { es: 'Canarias', en: 'the Canary Islands' },
};

/** "Madrid" for Europe/Madrid; the place people say when they name the zone. */
export function zoneCity(timeZone: string, language: string): string {
  const known = zoneCities[timeZone];
  if (known) return language === 'en' ? known.en : known.es;
  return (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');
}

/** A yyyy-MM-dd calendar date as a UTC instant, so formatting it never shifts the day. */
export function dateOnly(value: string): Date {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function formatLongDate(value: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(dateOnly(value));
}

export function formatMonth(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(dateOnly(`${month}-01`));
}

/** An instant as date and time in the location's zone. */
export function formatInstant(instant: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(instant));
}

export function formatTime(instant: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(instant));
}

/** Today's date at the location, as yyyy-MM-dd. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function addMonths(month: string, delta: number): string {
  const date = dateOnly(`${month}-01`);
  date.setUTCMonth(date.getUTCMonth() + delta);
  return isoDate(date).slice(0, 7);
}

/** localTime "HH:mm" (or "HH:mm:ss") before 14:00 counts as morning, as clinics split their day. */
export function isMorning(localTime: string): boolean {
  return localTime < '14:00';
}

function utcStamp(instant: string): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export interface CalendarEvent {
  title: string;
  location: string;
  details: string;
  startsAt: string;
  endsAt: string;
}

export function googleCalendarUrl(event: CalendarEvent): string {
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${utcStamp(event.startsAt)}/${utcStamp(event.endsAt)}`,
    location: event.location,
    details: event.details,
  });
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

export function outlookCalendarUrl(event: CalendarEvent): string {
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
    startdt: new Date(event.startsAt).toISOString(),
    enddt: new Date(event.endsAt).toISOString(),
    location: event.location,
    body: event.details,
  });
  return `https://outlook.live.com/calendar/0/deeplink/compose?${params.toString()}`;
}
