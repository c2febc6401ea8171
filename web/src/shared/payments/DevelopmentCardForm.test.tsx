import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { walletClient } from '../../api';
import { changeLanguage } from '../../i18n';
import { DevelopmentCardForm } from './DevelopmentCardForm';

vi.mock('../../api', () => ({ walletClient: { confirmDevelopmentSetup: vi.fn(), authenticateDevelopmentSetup: vi.fn() } }));

const nextYear = String((new Date().getFullYear() + 1) % 100).padStart(2, '0');

async function enterCard(number: string, expiry = `12/${nextYear}`, cvc = '123') {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Número de tarjeta'), number);
  await user.type(screen.getByLabelText('Caducidad (MM/AA)'), expiry);
  await user.type(screen.getByLabelText('Código de seguridad (CVC)'), cvc);
  await user.click(screen.getByRole('button', { name: 'Comprobar la tarjeta' }));
  return user;
}

beforeEach(async () => {
  vi.mocked(walletClient.confirmDevelopmentSetup).mockReset();
  vi.mocked(walletClient.authenticateDevelopmentSetup).mockReset();
  await changeLanguage('es');
});

describe('DevelopmentCardForm', () => {
  it('sends the test card as its behaviour and last four digits, never the number, and reports the accepted card', async () => {
    vi.mocked(walletClient.confirmDevelopmentSetup).mockResolvedValue({ id: 'seti_1', status: 'succeeded', failureReason: null, failureMessage: null });
    const onConfirmed = vi.fn();
    render(<DevelopmentCardForm setupId="seti_1" clientSecret="seti_1_secret" onConfirmed={onConfirmed} />);

    await enterCard('4242 4242 4242 4242');

    expect(onConfirmed).toHaveBeenCalledTimes(1);
    const [setupId, body] = vi.mocked(walletClient.confirmDevelopmentSetup).mock.calls[0];
    expect(setupId).toBe('seti_1');
    expect(body).toEqual({
      clientSecret: 'seti_1_secret',
      card: { scenario: 'Success', brand: 'visa', last4: '4242', expMonth: 12, expYear: 2000 + Number(nextYear) },
    });
    expect(JSON.stringify(body)).not.toContain('4242424242424242');
  });

  it('shows the bank’s reason next to the card number, in Spanish, when the card is declined', async () => {
    vi.mocked(walletClient.confirmDevelopmentSetup).mockResolvedValue({
      id: 'seti_1',
      status: 'requires_payment_method',
      failureReason: 'card_declined',
      failureMessage: 'Your card was declined.',
    });
    const onConfirmed = vi.fn();
    render(<DevelopmentCardForm setupId="seti_1" clientSecret="secret" onConfirmed={onConfirmed} />);

    await enterCard('4000 0000 0000 0002');

    const number = screen.getByLabelText('Número de tarjeta');
    expect(await screen.findByText('Tu banco ha rechazado la tarjeta. Prueba con otra tarjeta.')).toBeTruthy();
    expect(number.getAttribute('aria-invalid')).toBe('true');
    expect(number.getAttribute('aria-describedby')).toContain(screen.getByText(/Tu banco ha rechazado/).id);
    expect(onConfirmed).not.toHaveBeenCalled();
  });

  it('shows a refusal found after the card was saved (insufficient funds), in English when the patient reads English', async () => {
    await changeLanguage('en');
    render(<DevelopmentCardForm setupId="seti_2" clientSecret="secret" onConfirmed={vi.fn()} refusal="insufficient_funds" />);

    expect(screen.getByText('Your bank says there are not enough funds. Please try another card.')).toBeTruthy();
    expect(screen.getByLabelText('Card number').getAttribute('aria-invalid')).toBe('true');
  });

  it('asks for the bank’s challenge when authentication is needed and continues once the patient approves', async () => {
    vi.mocked(walletClient.confirmDevelopmentSetup).mockResolvedValue({ id: 'seti_3', status: 'requires_action', failureReason: null, failureMessage: null });
    vi.mocked(walletClient.authenticateDevelopmentSetup).mockResolvedValue({ id: 'seti_3', status: 'succeeded', failureReason: null, failureMessage: null });
    const onConfirmed = vi.fn();
    render(<DevelopmentCardForm setupId="seti_3" clientSecret="secret" onConfirmed={onConfirmed} />);

    const user = await enterCard('4000 0027 6000 3184');
    const heading = await screen.findByRole('heading', { name: 'Tu banco quiere confirmar que eres tú' });
    expect(document.activeElement).toBe(heading);
    expect(onConfirmed).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Confirmar en mi banco' }));

    expect(walletClient.authenticateDevelopmentSetup).toHaveBeenCalledWith('seti_3', { clientSecret: 'secret', approve: true });
    expect(onConfirmed).toHaveBeenCalledTimes(1);
  });

  it('refuses numbers that are not test cards, bad expiry dates and codes without calling the server', async () => {
    render(<DevelopmentCardForm setupId="seti_4" clientSecret="secret" onConfirmed={vi.fn()} />);

    await enterCard('5555 5555 5555 4444', '13/30', '12');

    expect(await screen.findByText('En modo de pruebas solo se aceptan las tarjetas de prueba de la lista.')).toBeTruthy();
    expect(screen.getByText('Escribe la caducidad como MM/AA, por ejemplo 12/30.')).toBeTruthy();
    expect(screen.getByText('Escribe los 3 o 4 dígitos del reverso de la tarjeta.')).toBeTruthy();
    expect(walletClient.confirmDevelopmentSetup).not.toHaveBeenCalled();
  });
});
