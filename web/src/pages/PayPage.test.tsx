import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { walletClient, type PayLinkView } from '../api';
import { changeLanguage } from '../i18n';
import PayPage from './PayPage';

vi.mock('../api', () => ({
  walletClient: { getPayLink: vi.fn(), startPayLinkPayment: vi.fn(), refreshPayLink: vi.fn(), confirmDevelopmentPayment: vi.fn(), authenticateDevelopmentPayment: vi.fn() },
}));

const due: PayLinkView = {
  paymentId: 'p1',
  kind: 'LateCancellationFee',
  state: 'Due',
  amountMinor: 2500,
  currency: 'EUR',
  failureReason: 'insufficient_funds',
  visit: { appointmentId: 'a1', title: 'Presoterapia', startsAt: '2026-12-10T10:00:00+01:00', timeZone: 'Europe/Madrid', locationName: 'Lumina Madrid' },
  card: { brand: 'visa', last4: '9995' },
  gateway: 'Development',
  publishableKey: null,
};

function renderPage(token = 'tok123') {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MemoryRouter initialEntries={[`/pay/${token}`]}>
        <Routes>
          <Route path="/pay/:token" element={<PayPage />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

beforeEach(async () => {
  vi.mocked(walletClient.getPayLink).mockReset().mockResolvedValue(due);
  vi.mocked(walletClient.startPayLinkPayment).mockReset().mockResolvedValue({ gatewayPaymentId: 'pi_1', clientSecret: 'pi_1_secret', gateway: 'Development', publishableKey: null });
  vi.mocked(walletClient.confirmDevelopmentPayment).mockReset().mockResolvedValue({ id: 'pi_1', status: 'succeeded', failureReason: null, failureMessage: null });
  vi.mocked(walletClient.refreshPayLink).mockReset().mockResolvedValue({ ...due, state: 'Paid', failureReason: null });
  await changeLanguage('es');
});

describe('PayPage', () => {
  it('shows what the fee is for and why it is due, and pays it with a test card', async () => {
    const user = userEvent.setup();
    renderPage();

    expect(await screen.findByText('Cargo por cancelación tardía')).toBeTruthy();
    expect(screen.getByText('Tu banco indica que no hay fondos suficientes. Prueba con otra tarjeta.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /^Pagar 25,00/ }));
    await user.type(await screen.findByLabelText('Número de tarjeta'), '4242 4242 4242 4242');
    await user.type(screen.getByLabelText('Caducidad (MM/AA)'), '12/40');
    await user.type(screen.getByLabelText('Código de seguridad (CVC)'), '123');
    await user.click(screen.getByRole('button', { name: /^Pagar 25,00/ }));

    expect(await screen.findByText(/^Pagado: 25,00/)).toBeTruthy();
    expect(walletClient.startPayLinkPayment).toHaveBeenCalledWith('tok123');
    expect(walletClient.confirmDevelopmentPayment).toHaveBeenCalledWith('pi_1', {
      clientSecret: 'pi_1_secret',
      card: { scenario: 'Success', brand: 'visa', last4: '4242', expMonth: 12, expYear: 2040 },
    });
    expect(walletClient.refreshPayLink).toHaveBeenCalledWith('tok123');
  });

  it('says when the link is not valid', async () => {
    vi.mocked(walletClient.getPayLink).mockRejectedValueOnce({ status: 404 });
    renderPage('nope');
    expect(await screen.findByText(/Este enlace de pago no es válido/)).toBeTruthy();
  });

  it('offers nothing to pay once the clinic waived the fee', async () => {
    vi.mocked(walletClient.getPayLink).mockResolvedValue({ ...due, state: 'Waived' });
    renderPage();
    expect(await screen.findByText('La clínica ha anulado este cargo: no tienes que pagar nada.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Pagar/ })).toBeNull();
  });
});
