import type { DevelopmentCardScenario } from '../../api';

/**
 * The development gateway's test cards, the same numbers as Stripe's: the form accepts only these and sends the
 * behaviour they stand for (never a number), so no card number reaches the server even in development.
 */
export const testCards: Record<string, DevelopmentCardScenario> = {
  '4242424242424242': 'Success',
  '4000000000000002': 'Decline',
  '4000000000009995': 'InsufficientFunds',
  '4000002760003184': 'AuthenticationRequired',
};

export const digitsOf = (value: string) => value.replace(/[\s-]/g, '');

/** "12/30" or "12 / 2030" → month and four-digit year; null when it is not a date. */
export function parseExpiry(value: string): { month: number; year: number } | null {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(value);
  if (!match) return null;
  const month = Number(match[1]);
  const year = match[2].length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  return month >= 1 && month <= 12 ? { month, year } : null;
}

/** Payment keys of the reasons a bank gives; anything else reads as "the card could not be used". */
const knownReasons = ['card_declined', 'insufficient_funds', 'expired_card', 'incorrect_cvc', 'authentication_failed', 'authentication_required', 'processing_error'] as const;

export function reasonKey(reason: string | null | undefined) {
  const known = knownReasons.find((candidate) => candidate === reason);
  return `pay.reasons.${known ?? 'other'}` as const;
}

const brandNames: Record<string, string> = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', discover: 'Discover', diners: 'Diners Club', jcb: 'JCB', unionpay: 'UnionPay' };

/** A card brand as the processor names it ("visa") the way people read it ("Visa"). */
export const brandName = (brand: string) => brandNames[brand.toLowerCase()] ?? brand;
