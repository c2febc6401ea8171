// The one place where values become text for people: money, durations, dates and times. Every function takes
// the locale (the active language) and, for instants, the IANA zone to show them in: a patient reads the clinic
// location's wall-clock time, never the device's. Calendar dates (yyyy-MM-dd) are formatted in UTC so they never
// shift a day.

import { dateOnly } from './dates';

/** An amount as the API sends it: integer minor units (cents) of an ISO 4217 currency. */
export interface MoneyValue {
  amountMinor: number;
  /** The generated types allow null; the API always sends a currency. */
  currency?: string | null;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function currencyFormat(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    numberFormats.set(key, format);
  }
  return format;
}

/** Digits of the currency's minor unit, as ISO 4217 gives them: 2 for EUR, 0 for JPY, 3 for KWD. */
export function currencyDecimals(currency: string): number {
  return currencyFormat('en', currency).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Minor units per major unit of the currency (100 for EUR, 1 for JPY). */
export function minorPerMajor(currency: string): number {
  return 10 ** currencyDecimals(currency);
}

/**
 * Money in the locale's notation, converting minor units with the currency's own number of decimals
 * (2 for EUR, 0 for JPY, 3 for KWD), so "6550 EUR" reads "65,50 €" in Spanish and "€65.50" in English.
 */
export function formatMoney(money: MoneyValue, locale: string): string {
  // Fail loudly rather than guess a currency: a wrong symbol on a price is worse than an error.
  if (!money.currency) throw new Error('Money without a currency');
  return currencyFormat(locale, money.currency).format(money.amountMinor / minorPerMajor(money.currency));
}

/** An amount for an input box, in major units without symbol or grouping: 2550 EUR → "25.50". */
export function moneyInputValue(amountMinor: number, currency: string): string {
  return (amountMinor / minorPerMajor(currency)).toFixed(currencyDecimals(currency));
}

/** What someone typed as an amount ("25", "25.5", "25,50") → minor units; null when it is not such an amount. */
export function parseAmount(value: string, currency: string): number | null {
  const decimals = currencyDecimals(currency);
  const pattern = decimals > 0 ? new RegExp(`^\\d+([.,]\\d{1,${decimals}})?$`) : /^\d+$/;
  const text = value.trim();
  if (!pattern.test(text)) return null;
  return Math.round(Number(text.replace(',', '.')) * minorPerMajor(currency));
}

export function formatMinutes(minutes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(minutes);
}

const zoneCities: Record<string, { es: string; en: string }> = {
  'Atlantic/Canary': { es: 'Canarias', en: 'the Canary Islands' },
};

/** "Madrid" for Europe/Madrid: the place people say when they name the zone. */
export function zoneCity(timeZone: string, locale: string): string {
  const known = zoneCities[timeZone];
  if (known) return locale === 'en' ? known.en : known.es;
  return (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');
}

/** A yyyy-MM-dd calendar date in words: "miércoles, 15 de julio de 2026". */
export function formatLongDate(value: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(dateOnly(value));
}

/** A calendar date (a birth date): no zone, so it never shifts a day. */
export function formatDate(value: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(dateOnly(value));
}

const mondayOf2024 = Date.UTC(2024, 0, 1);

/** The names of the week's days, Monday first (as clinics in Spain read a week), short ("lun") and long ("lunes"). */
export function formatWeekdays(locale: string): { short: string; long: string }[] {
  const short = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, index) => {
    const day = new Date(mondayOf2024 + index * 86_400_000);
    return { short: short.format(day), long: long.format(day) };
  });
}

/** A yyyy-MM month: "julio de 2026". */
export function formatMonth(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(dateOnly(`${month}-01`));
}

/** An instant as weekday, date and time at the location: what a patient reads about their appointment. */
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

/** The time of day of an instant at the location, two-digit hours ("09:30"). */
export function formatTime(instant: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(instant));
}

/** Staff's long form of an instant at a location: full date and short time. */
export function formatInZone(instant: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'full', timeStyle: 'short' }).format(new Date(instant));
}

/** The locale's short time of an instant at a location. */
export function formatTimeInZone(instant: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short' }).format(new Date(instant));
}

/** A compact date and time (logs, histories) in the given zone. */
export function formatStamp(instant: string, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(new Date(instant));
}

/**
 * A moment that belongs to no clinic location (a login, a sign-up): shown in the reader's own zone, with that
 * zone named so nobody mistakes it for a location's time.
 */
export function formatMoment(instant: string, locale: string): string {
  // dateStyle/timeStyle cannot be combined with timeZoneName, hence the separate fields.
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(instant));
}
