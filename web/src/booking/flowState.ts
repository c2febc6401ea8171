import { useCallback, useEffect, useState } from 'react';
import type { BookingConfirmation, SlotHoldResponse } from '../api';

// The whole booking flow lives in sessionStorage so a refresh (or a phone killing the tab in the
// background) brings the patient back to the same step with the same choices and holds.

export type Step = 'services' | 'provider' | 'time' | 'details' | 'review' | 'done';

/** The five steps the progress indicator counts; the confirmation is not a step. */
export const countedSteps: Step[] = ['services', 'provider', 'time', 'details', 'review'];

/** One appointment to book: the services performed together, who performs them and the held time. */
export interface BookingGroup {
  serviceIds: string[];
  /** null = first available. */
  providerId: string | null;
  hold: SlotHoldResponse | null;
}

export interface PatientDetailsDraft {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  language: 'es' | 'en';
}

/** What the card step secured, shown on the confirmation: the deposit (0 when only a card was checked) and the card. */
export interface SecuredPayment {
  depositMinor: number;
  currency: string;
  brand: string;
  last4: string;
}

export interface FlowState {
  step: Step;
  locationId: string | null;
  /** Usually one group; more when no single provider performs the whole cart. */
  groups: BookingGroup[];
  /** The group whose provider and time are being chosen. */
  groupIndex: number;
  /** True once the API said the cart must be booked as separate appointments. */
  split: boolean;
  month: string | null;
  date: string | null;
  details: PatientDetailsDraft | null;
  phoneVerification: { phone: string; token: string } | null;
  notes: string;
  /** One key per confirm attempt, so a retried request cannot book twice. */
  idempotencyKey: string | null;
  confirmation: BookingConfirmation | null;
  /** The card step's outcome for this booking; null when it needed no card. */
  payment: SecuredPayment | null;
}

export const flowStorageKey = 'clinic.booking';

export const initialFlow: FlowState = {
  step: 'services',
  locationId: null,
  groups: [],
  groupIndex: 0,
  split: false,
  month: null,
  date: null,
  details: null,
  phoneVerification: null,
  notes: '',
  idempotencyKey: null,
  confirmation: null,
  payment: null,
};

const steps: Step[] = [...countedSteps, 'done'];

export function readFlow(): FlowState {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(flowStorageKey) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return initialFlow;
    const flow = { ...initialFlow, ...(parsed as Partial<FlowState>) };
    if (!steps.includes(flow.step) || !Array.isArray(flow.groups)) return initialFlow;
    return flow;
  } catch {
    return initialFlow;
  }
}

function writeFlow(flow: FlowState) {
  try {
    sessionStorage.setItem(flowStorageKey, JSON.stringify(flow));
  } catch {
    // Not persisted; the flow still works until the page is reloaded.
  }
}

/** The holds still to be confirmed, whether or not they have expired. */
export function heldGroups(flow: FlowState): (BookingGroup & { hold: SlotHoldResponse })[] {
  return flow.groups.filter((group): group is BookingGroup & { hold: SlotHoldResponse } => group.hold !== null);
}

/** The earliest expiry among the holds: when it passes, the booking can no longer be confirmed. */
export function firstExpiry(flow: FlowState): string | null {
  const expiries = heldGroups(flow).map((group) => group.hold.expiresAt).sort();
  return expiries[0] ?? null;
}

export function useBookingFlow() {
  const [flow, setFlow] = useState<FlowState>(readFlow);

  useEffect(() => writeFlow(flow), [flow]);

  const update = useCallback((change: Partial<FlowState> | ((flow: FlowState) => Partial<FlowState>)) => {
    setFlow((current) => ({ ...current, ...(typeof change === 'function' ? change(current) : change) }));
  }, []);

  const reset = useCallback(() => setFlow(initialFlow), []);

  return { flow, update, reset };
}
