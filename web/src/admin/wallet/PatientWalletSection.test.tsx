import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { walletClient, type PatientWalletView, type PaymentView } from '../../api';
import { changeLanguage } from '../../i18n';
import { PatientWalletSection } from './PatientWalletSection';

vi.mock('../../api', () => ({
  walletClient: { getPatientWallet: vi.fn(), listPackageProducts: vi.fn(), refundPayment: vi.fn(), waiveFee: vi.fn(), adjustCredit: vi.fn(), assignPackage: vi.fn() },
}));

const payment = (overrides: Partial<PaymentView>): PaymentView => ({
  id: 'p1',
  kind: 'LateCancellationFee',
  status: 'Succeeded',
  outstanding: false,
  amountMinor: 2500,
  coveredByDepositMinor: 0,
  capturedMinor: 2500,
  refundedMinor: 0,
  refundableMinor: 2500,
  currency: 'EUR',
  patientId: 'pat',
  patientName: 'Lucía Moreno',
  appointmentId: 'a1',
  visit: null,
  card: { brand: 'visa', last4: '4242' },
  failureReason: null,
  nextRetryAt: null,
  waiveReason: null,
  createdAt: '2026-12-09T10:00:00Z',
  updatedAt: '2026-12-09T10:00:00Z',
  actions: [],
  ...overrides,
});

const view: PatientWalletView = {
  patientId: 'pat',
  cards: [{ id: 'c1', brand: 'visa', last4: '4242', expMonth: 3, expYear: 2031, isDefault: true, isExpired: false, addedAt: '2026-12-01T10:00:00Z' }],
  payments: [payment({}), payment({ id: 'p2', kind: 'NoShowFee', status: 'Failed', outstanding: true, capturedMinor: 0, refundableMinor: 0, amountMinor: 3000 })],
  outstandingMinor: 3000,
  wallet: { balanceMinor: 0, currency: 'EUR', packages: [], entries: [] },
  walletVisibleToPatient: false,
};

beforeEach(async () => {
  vi.mocked(walletClient.getPatientWallet).mockReset().mockResolvedValue(view);
  vi.mocked(walletClient.listPackageProducts).mockReset().mockResolvedValue([]);
  vi.mocked(walletClient.refundPayment).mockReset();
  vi.mocked(walletClient.waiveFee).mockReset();
  await changeLanguage('es');
});

function renderSection() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <PatientWalletSection patientId="pat" />
    </QueryClientProvider>,
  );
}

describe('PatientWalletSection', () => {
  it('shows cards masked, the outstanding fee, and refunds part of a charged fee to the card with a reason', async () => {
    const user = userEvent.setup();
    vi.mocked(walletClient.refundPayment).mockResolvedValue(payment({ refundedMinor: 1000 }));
    renderSection();

    expect(await screen.findByText(/Visa ····4242 · caduca 03\/2031/)).toBeTruthy();
    expect(screen.getByText('Cargos pendientes: 30,00 €')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^Devolver cargo por cancelación tardía de 25,00/ }));
    const form = screen.getByRole('form', { name: 'Devolver' });
    const amount = within(form).getByLabelText('Importe (EUR)');
    expect((amount as HTMLInputElement).value).toBe('25.00');
    await user.clear(amount);
    await user.type(amount, '10,00');
    await user.click(screen.getByRole('button', { name: 'Confirmar la devolución' }));
    expect(await screen.findByText('Escribe el motivo.')).toBeTruthy();
    expect(walletClient.refundPayment).not.toHaveBeenCalled();

    await user.type(within(form).getByLabelText('Motivo'), 'Gesto comercial');
    await user.click(screen.getByRole('button', { name: 'Confirmar la devolución' }));

    expect(walletClient.refundPayment).toHaveBeenCalledWith('p1', { amountMinor: 1000, currency: 'EUR', reason: 'Gesto comercial', asCredit: false });
    expect(await screen.findByText('Devolución registrada.')).toBeTruthy();
  });

  it('waives an outstanding fee with a reason and shows the server’s refusal when there is one', async () => {
    const user = userEvent.setup();
    vi.mocked(walletClient.waiveFee).mockRejectedValueOnce({ status: 409, detail: 'This fee has already been paid.' }).mockResolvedValueOnce(payment({ status: 'Waived' }));
    renderSection();

    const list = await screen.findByRole('list', { name: 'Pagos' });
    await user.click(within(list).getByRole('button', { name: /^Anular cargo por no presentarse de 30,00/ }));
    await user.type(within(screen.getByRole('form', { name: 'Anular el cargo' })).getByLabelText('Motivo'), 'Urgencia médica');
    await user.click(screen.getByRole('button', { name: 'Confirmar la anulación' }));
    expect(await screen.findByText('No se pudo hacer: This fee has already been paid.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Confirmar la anulación' }));

    expect(walletClient.waiveFee).toHaveBeenLastCalledWith('p2', { reason: 'Urgencia médica' });
    expect(await screen.findByText('Cargo anulado.')).toBeTruthy();
  });
});
