import { schedulingClient } from '../api';
import type { BookingGroup } from './flowState';

/** Gives held times back at once instead of leaving them blocked until they expire. */
export async function releaseHolds(groups: BookingGroup[]): Promise<void> {
  await Promise.allSettled(
    groups.flatMap((group) => (group.hold ? [schedulingClient.releaseSlotHold(group.hold.holdId, group.hold.holdToken)] : [])),
  );
}

/** A fresh idempotency key; randomUUID needs a secure context, so plain-http intranets get the fallback. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
