import { describe, expect, it } from 'vitest';
import { currencyDecimals, formatDate, formatInstant, formatLongDate, formatMinutes, formatMoney, formatMonth, formatTime, formatWeekdays, moneyInputValue, parseAmount, zoneCity } from './format';

// Intl inserts non-breaking spaces; normalise them so expectations stay readable.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatMoney', () => {
  it('converts minor units using the locale', () => {
    expect(plain(formatMoney({ amountMinor: 6500, currency: 'EUR' }, 'es'))).toBe('65,00 €');
    expect(plain(formatMoney({ amountMinor: 6550, currency: 'EUR' }, 'en'))).toBe('€65.50');
  });

  it('respects currencies without minor units', () => {
    expect(formatMoney({ amountMinor: 5000, currency: 'JPY' }, 'en')).toBe('¥5,000');
  });
});

describe('formatMinutes', () => {
  it('shows a short minute unit', () => {
    expect(plain(formatMinutes(60, 'es'))).toBe('60 min');
    expect(plain(formatMinutes(45, 'en'))).toBe('45 min');
  });
});

describe('money amounts typed into a form', () => {
  it('shows minor units with the currency’s own decimals and reads them back', () => {
    expect(currencyDecimals('EUR')).toBe(2);
    expect(currencyDecimals('JPY')).toBe(0);
    expect(currencyDecimals('KWD')).toBe(3);
    expect(moneyInputValue(2550, 'EUR')).toBe('25.50');
    expect(moneyInputValue(1500, 'JPY')).toBe('1500');
    expect(parseAmount('25,5', 'EUR')).toBe(2550);
    expect(parseAmount(moneyInputValue(1234, 'KWD'), 'KWD')).toBe(1234);
    expect(parseAmount('12.5', 'JPY')).toBeNull();
  });
});

describe('dates and times', () => {
  it('shows an instant at the location’s wall clock, whatever the device’s zone', () => {
    // 09:30 UTC in July: 11:30 in Madrid (summer time), 10:30 in the Canary Islands.
    expect(formatTime('2026-07-15T09:30:00Z', 'Europe/Madrid', 'es')).toBe('11:30');
    expect(formatTime('2026-07-15T09:30:00Z', 'Atlantic/Canary', 'es')).toBe('10:30');
    expect(formatInstant('2026-07-15T09:30:00Z', 'Europe/Madrid', 'es')).toMatch(/^miércoles, 15 de julio de 2026, 11:30$/);
  });

  it('never shifts a calendar date by a day', () => {
    expect(formatLongDate('2026-03-01', 'es')).toBe('domingo, 1 de marzo de 2026');
    expect(formatDate('1990-05-17', 'en')).toBe('May 17, 1990');
    expect(formatMonth('2026-12', 'es')).toBe('diciembre de 2026');
  });

  it('names the week’s days Monday first and the zone by its city', () => {
    expect(formatWeekdays('es').map((day) => day.long)).toEqual(['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo']);
    expect(zoneCity('Atlantic/Canary', 'en')).toBe('the Canary Islands');
    expect(zoneCity('America/New_York', 'es')).toBe('New York');
  });
});
