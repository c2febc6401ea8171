import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { identityClient, schedulingClient, walletClient, type BookingPaymentStep } from '../api';
import { changeLanguage } from '../i18n';
import { patientUser } from '../test/identityFixtures';
import CardStep from './CardStep';
import { initialFlow, type FlowState } from './flowState';

vi.mock('../api', () => ({
  identityClient: { getCurrentUser: vi.fn() },
  schedulingClient: { extendSlotHolds: vi.fn() },
  walletClient: { startBookingPayment: vi.fn(), authorizeBookingPayment: vi.fn(), listMyCards: vi.fn(), confirmDevelopmentSetup: vi.fn() },
}));

const hold = {
  holdId: 'h1',
  holdToken: 'tok',
  expiresAt: '2026-12-09T10:10:00Z',
  providerId: 'p',
  providerName: 'Marta',
  locationId: 'mad',
  timeZone: 'Europe/Madrid',
  startsAt: '2026-12-10T10:00:00+01:00',
  endsAt: '2026-12-10T10:30:00+01:00',
  serviceIds: ['s1'],
};
const flow: FlowState = {
  ...initialFlow,
  step: 'review',
  groups: [{ serviceIds: ['s1'], providerId: null, hold }],
  details: { firstName: 'Lucía', lastName: 'García', email: 'lucia@example.com', phone: '+34600000000', language: 'es' },
};
const enterCard: BookingPaymentStep = {
  cardRequired: true,
  stage: 'EnterCard',
  depositMinor: 2500,
  currency: 'EUR',
  hasCancellationFee: true,
  noShowFeeMinor: 3000,
  cardCheck: false,
  cardCheckMinor: 0,
  gateway: 'Development',
  publishableKey: null,
  setupId: 'seti_1',
  clientSecret: 'seti_1_secret',
  actionPaymentId: null,
  actionClientSecret: null,
  card: null,
};

function renderStep(onReady = vi.fn(), onRequired = vi.fn()) {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <CardStep flow={flow} update={vi.fn()} onReady={onReady} onRequired={onRequired} onHoldsLost={vi.fn()} />
    </QueryClientProvider>,
  );
  return { onReady, onRequired };
}

beforeEach(async () => {
  vi.mocked(schedulingClient.extendSlotHolds).mockReset().mockResolvedValue([{ holdId: 'h1', expiresAt: '2026-12-09T10:20:00Z' }]);
  vi.mocked(walletClient.startBookingPayment).mockReset().mockResolvedValue(enterCard);
  vi.mocked(walletClient.authorizeBookingPayment).mockReset();
  vi.mocked(walletClient.listMyCards).mockReset();
  vi.mocked(identityClient.getCurrentUser).mockReset().mockRejectedValue({ status: 401 });
  await changeLanguage('es');
});

describe('CardStep', () => {
  it('tells a guest why a card is needed before the card form, and holds the times longer while they are here', async () => {
    const { onRequired, onReady } = renderStep();

    expect(await screen.findByText(/Se cobra ahora un depósito de 25,00/)).toBeTruthy();
    expect(screen.getByText(/La política de cancelación tiene un cargo si cancelas tarde/)).toBeTruthy();
    expect(screen.getByText(/se cobra un cargo de 30,00/)).toBeTruthy();
    expect(screen.getByLabelText('Número de tarjeta')).toBeTruthy();
    expect(schedulingClient.extendSlotHolds).toHaveBeenCalledWith({ holds: [{ holdId: 'h1', holdToken: 'tok' }] }, expect.anything());
    expect(walletClient.startBookingPayment).toHaveBeenCalledWith(
      { holds: [{ holdId: 'h1', holdToken: 'tok' }], payer: { fullName: 'Lucía García', email: 'lucia@example.com', language: 'es' } },
      expect.anything(),
    );
    expect(onRequired).toHaveBeenCalled();
    expect(onReady).not.toHaveBeenCalled();
    expect(walletClient.listMyCards).not.toHaveBeenCalled();
  });

  it('lets a signed-in patient secure the booking with their default card on file', async () => {
    const user = userEvent.setup();
    vi.mocked(identityClient.getCurrentUser).mockResolvedValue(patientUser);
    vi.mocked(walletClient.listMyCards).mockResolvedValue([
      { id: 'c1', brand: 'visa', last4: '4242', expMonth: 3, expYear: 2031, isDefault: true, isExpired: false, addedAt: '2026-12-01T10:00:00Z' },
    ]);
    vi.mocked(walletClient.authorizeBookingPayment).mockResolvedValue({ ...enterCard, stage: 'Secured', setupId: null, clientSecret: null, card: { brand: 'visa', last4: '4242' } });
    const { onReady } = renderStep();

    await user.click(await screen.findByRole('button', { name: 'Usar Visa ····4242' }));

    expect(walletClient.authorizeBookingPayment).toHaveBeenCalledWith({ holds: [{ holdId: 'h1', holdToken: 'tok' }], cardId: 'c1' });
    expect(await screen.findByText(/Depósito de 25,00 .* autorizado en tu tarjeta Visa ····4242\./)).toBeTruthy();
    expect(onReady).toHaveBeenCalledWith({ depositMinor: 2500, currency: 'EUR', brand: 'Visa', last4: '4242' });
  });

  it('after the bank refuses the typed card, opens a new setup and says why next to the card number', async () => {
    const user = userEvent.setup();
    vi.mocked(walletClient.confirmDevelopmentSetup).mockResolvedValue({ id: 'seti_1', status: 'succeeded', failureReason: null, failureMessage: null });
    vi.mocked(walletClient.authorizeBookingPayment).mockRejectedValue({ status: 422, reason: 'insufficient_funds', detail: 'Your card has insufficient funds.' });
    const { onReady } = renderStep();

    await user.type(await screen.findByLabelText('Número de tarjeta'), '4000 0000 0000 9995');
    await user.type(screen.getByLabelText('Caducidad (MM/AA)'), '12/40');
    await user.type(screen.getByLabelText('Código de seguridad (CVC)'), '123');
    vi.mocked(walletClient.startBookingPayment).mockResolvedValue({ ...enterCard, setupId: 'seti_2', clientSecret: 'seti_2_secret' });
    await user.click(screen.getByRole('button', { name: 'Comprobar la tarjeta' }));

    expect(await screen.findByText('Tu banco indica que no hay fondos suficientes. Prueba con otra tarjeta.')).toBeTruthy();
    expect(screen.getByLabelText('Número de tarjeta').getAttribute('aria-invalid')).toBe('true');
    expect(walletClient.startBookingPayment).toHaveBeenCalledTimes(2);
    expect(onReady).not.toHaveBeenCalled();
  });
});
