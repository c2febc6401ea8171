import { describe, expect, it } from 'vitest';
import { formatMinutes, formatMoney } from './format';

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
