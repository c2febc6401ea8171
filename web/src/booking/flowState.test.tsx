import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { identityClient, schedulingClient, type SlotHoldResponse } from '../api';
import { changeLanguage } from '../i18n';
import { categories, clinicProfile } from '../test/catalogFixtures';
import { accountSettings, signedOut } from '../test/identityFixtures';
import { renderApp } from '../test/renderApp';
import { firstExpiry, flowStorageKey, initialFlow, readFlow, type FlowState } from './flowState';

vi.mock('../api', () => ({
  schedulingClient: { listBookableCategories: vi.fn(), getClinicProfile: vi.fn(), getCancellationPolicy: vi.fn() },
  identityClient: { getCurrentUser: vi.fn(), getPublicAccountSettings: vi.fn(), logOut: vi.fn() },
}));

const madrid = { id: 'cccccccc-0000-0000-0000-000000000001', name: 'Lumina Madrid', address: 'Serrano 45', phone: '+34910', timeZone: 'Europe/Madrid' };
// Built in beforeEach, once the suite's clock is set: a hold expires eight minutes after "now", whatever day that is.
let hold: SlotHoldResponse;
const heldSlot = (): SlotHoldResponse => ({
  holdId: 'dddddddd-0000-0000-0000-000000000001',
  holdToken: 'secret',
  expiresAt: new Date(Date.now() + 8 * 60_000).toISOString(),
  providerId: 'eeeeeeee-0000-0000-0000-000000000001',
  providerName: 'Marta Sánchez',
  locationId: madrid.id,
  timeZone: 'Europe/Madrid',
  startsAt: '2026-03-10T10:00:00+01:00',
  endsAt: '2026-03-10T11:00:00+01:00',
  serviceIds: ['aaaaaaaa-0000-0000-0000-000000000001'],
});

beforeEach(async () => {
  hold = heldSlot();
  vi.mocked(identityClient.getCurrentUser).mockRejectedValue(signedOut);
  vi.mocked(identityClient.getPublicAccountSettings).mockResolvedValue(accountSettings);
  vi.mocked(schedulingClient.getClinicProfile).mockResolvedValue({ ...clinicProfile, locations: [madrid] });
  vi.mocked(schedulingClient.listBookableCategories).mockResolvedValue(categories);
  vi.mocked(schedulingClient.getCancellationPolicy).mockResolvedValue({
    version: 1,
    allowOnlineCancellation: true,
    allowOnlineRescheduling: true,
    windowHours: 24,
    lateFeeKind: 'None',
    lateFeeAmountMinor: 0,
    lateFeePercent: 0,
      noShowFeeAmountMinor: 0,
    textEs: 'Cancela gratis hasta 24 horas antes.',
    textEn: 'Cancel free of charge up to 24 hours before.',
  });
  await changeLanguage('es');
});

describe('booking flow state', () => {
  it('falls back to the first step when the stored state is missing or damaged', () => {
    expect(readFlow()).toEqual(initialFlow);
    sessionStorage.setItem(flowStorageKey, '{not json');
    expect(readFlow()).toEqual(initialFlow);
    sessionStorage.setItem(flowStorageKey, JSON.stringify({ step: 'elsewhere', groups: [] }));
    expect(readFlow()).toEqual(initialFlow);
  });

  it('knows the earliest hold expiry', () => {
    const later = { ...hold, holdId: 'other', expiresAt: new Date(Date.now() + 9 * 60_000).toISOString() };
    const flow: FlowState = { ...initialFlow, groups: [{ serviceIds: [], providerId: null, hold: later }, { serviceIds: [], providerId: null, hold }] };
    expect(firstExpiry(flow)).toBe(hold.expiresAt);
    expect(firstExpiry(initialFlow)).toBeNull();
  });

  it('reopens on the stored step with the held time and the patient’s choices after a reload', async () => {
    const stored: FlowState = {
      ...initialFlow,
      step: 'review',
      locationId: madrid.id,
      groups: [{ serviceIds: hold.serviceIds, providerId: null, hold }],
      details: { firstName: 'Ana', lastName: 'Torres', email: 'ana@example.com', phone: '+34 611 000 001', language: 'es' },
      notes: 'Piel sensible.',
    };
    sessionStorage.setItem(flowStorageKey, JSON.stringify(stored));

    renderApp('/book');

    expect(await screen.findByText('Paso 5 de 5')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Revisar y confirmar' })).toBeTruthy();
    expect(screen.getByRole('timer')).toBeTruthy();
    expect(await screen.findByText('Marta Sánchez')).toBeTruthy();
    expect(screen.getByText('Cancela gratis hasta 24 horas antes.')).toBeTruthy();
    expect((screen.getByLabelText('Comentarios para la clínica (opcional)') as HTMLTextAreaElement).value).toBe('Piel sensible.');
    // The time is the location's, named with its zone, whatever the test machine's zone is.
    expect(screen.getByRole('heading', { level: 3, name: /martes, 10 de marzo de 2026.*10:00/ })).toBeTruthy();
    expect(screen.getByText(/Hora de Madrid \(Europe\/Madrid\)/)).toBeTruthy();
    expect(JSON.parse(sessionStorage.getItem(flowStorageKey)!).step).toBe('review');
  });
});
