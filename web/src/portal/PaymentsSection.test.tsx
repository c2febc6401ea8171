import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { walletClient, type CardView, type PaymentView } from '../api';
import { changeLanguage } from '../i18n';
import PaymentsSection from './PaymentsSection';

vi.mock('../api', () => ({
  walletClient: {
    listMyCards: vi.fn(),
    listMyPayments: vi.fn(),
    getMyWallet: vi.fn(),
    setMyDefaultCard: vi.fn(),
    removeMyCard: vi.fn(),
    startAddingCard: vi.fn(),
    saveMyCard: vi.fn(),
    confirmDevelopmentSetup: vi.fn(),
  },
}));

const visa: CardView = { id: 'c1', brand: 'visa', last4: '4242', expMonth: 3, expYear: 2031, isDefault: true, isExpired: false, addedAt: '2026-12-01T10:00:00Z' };
const master: CardView = { ...visa, id: 'c2', brand: 'mastercard', last4: '4444', isDefault: false };
const fee: PaymentView = {
  id: 'p1',
  kind: 'LateCancellationFee',
  status: 'Failed',
  outstanding: true,
  amountMinor: 2500,
  coveredByDepositMinor: 0,
  capturedMinor: 0,
  refundedMinor: 0,
  refundableMinor: 0,
  currency: 'EUR',
  patientId: 'me',
  patientName: 'Lucía',
  appointmentId: 'a1',
  visit: { appointmentId: 'a1', title: 'Peeling químico', startsAt: '2026-12-10T10:00:00+01:00', timeZone: 'Europe/Madrid', locationName: 'Madrid' },
  card: { brand: 'visa', last4: '4242' },
  failureReason: 'insufficient_funds',
  nextRetryAt: null,
  waiveReason: null,
  createdAt: '2026-12-09T10:00:00Z',
  updatedAt: '2026-12-09T10:00:00Z',
  actions: [],
};

function renderSection() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <PaymentsSection />
    </QueryClientProvider>,
  );
}

beforeEach(async () => {
  vi.mocked(walletClient.listMyCards).mockReset().mockResolvedValue([visa, master]);
  vi.mocked(walletClient.listMyPayments).mockReset().mockResolvedValue({ payments: [fee], walletVisible: false });
  vi.mocked(walletClient.getMyWallet).mockReset();
  await changeLanguage('es');
});

describe('PaymentsSection', () => {
  it('lists cards by brand, last four and expiry, the outstanding fee with what to do, and no wallet while the clinic hides it', async () => {
    renderSection();

    const cards = await screen.findByRole('list', { name: 'Mis tarjetas' });
    expect(within(cards).getByText('Visa ····4242')).toBeTruthy();
    expect(within(cards).getByText('Mastercard ····4444')).toBeTruthy();
    expect(screen.getAllByText(/Caduca 03\/2031/)).toHaveLength(2);
    const payments = screen.getByRole('list', { name: 'Mis pagos' });
    expect(within(payments).getByText('Cargo por cancelación tardía')).toBeTruthy();
    expect(within(payments).getByText(/25,00 €/)).toBeTruthy();
    expect(screen.getByText(/Pendiente de pago/)).toBeTruthy();
    expect(screen.getByText(/Añade una tarjeta y cobraremos el importe pendiente/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Mi monedero' })).toBeNull();
    expect(walletClient.getMyWallet).not.toHaveBeenCalled();
  });

  it('makes another card the default and removes one, then reads the cards again', async () => {
    const user = userEvent.setup();
    vi.mocked(walletClient.setMyDefaultCard).mockResolvedValue([]);
    vi.mocked(walletClient.removeMyCard).mockResolvedValue();
    renderSection();

    await user.click(await screen.findByRole('button', { name: 'Usar por defecto Mastercard ····4444' }));
    expect(walletClient.setMyDefaultCard).toHaveBeenCalledWith('c2');
    await user.click(screen.getByRole('button', { name: 'Quitar Visa ····4242' }));

    expect(walletClient.removeMyCard).toHaveBeenCalledWith('c1');
    expect(await screen.findByText('Tarjeta quitada.')).toBeTruthy();
    expect(vi.mocked(walletClient.listMyCards).mock.calls.length).toBeGreaterThanOrEqual(2);
  });

  it('shows the balance and history when the clinic shows the wallet', async () => {
    vi.mocked(walletClient.listMyPayments).mockResolvedValue({ payments: [], walletVisible: true });
    vi.mocked(walletClient.getMyWallet).mockResolvedValue({
      balanceMinor: 1500,
      currency: 'EUR',
      packages: [],
      entries: [
        {
          id: 'e1',
          at: '2026-12-01T10:00:00Z',
          kind: 'Goodwill',
          amountMinor: 1500,
          currency: 'EUR',
          balanceAfterMinor: 1500,
          sessions: 0,
          packageId: null,
          serviceId: null,
          appointmentId: null,
          description: 'Crédito de cortesía',
          reason: 'Retraso',
          actor: 'staff',
        },
      ],
    });
    renderSection();

    expect(await screen.findByText('Saldo: 15,00 €')).toBeTruthy();
    expect(screen.getByText(/Crédito de cortesía/)).toBeTruthy();
    expect(screen.getByText('Todavía no tienes pagos.')).toBeTruthy();
  });
});
