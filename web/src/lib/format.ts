import type { Money } from '../api';

/** Formats an amount held in minor units (cents) using the currency's own number of decimals. */
export function formatMoney(money: Money, locale: string): string {
  // The generated type allows a null currency; the API never sends one, so fail loudly if it does.
  if (!money.currency) throw new Error('Money without a currency');
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
  const decimals = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.amountMinor / 10 ** decimals);
}

export function formatMinutes(minutes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(minutes);
}
