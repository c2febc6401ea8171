import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { identityClient } from '../api';
import { changeLanguage } from '../i18n';
import { PhoneCodeForm } from './PhoneCodeForm';

vi.mock('../api', () => ({ identityClient: { verifyPhoneCode: vi.fn(), sendPhoneVerificationCode: vi.fn() } }));

const details = { firstName: 'Lucía', lastName: 'Moreno', email: 'lucia@example.com', phone: '+34 612 345 678', language: 'es' as const };

beforeEach(async () => {
  vi.resetAllMocks();
  await changeLanguage('es');
});

describe('PhoneCodeForm', () => {
  it('says how many tries are left after a wrong code', async () => {
    vi.mocked(identityClient.verifyPhoneCode).mockRejectedValue({ status: 422, detail: 'The code is not correct.', code: 'wrong-code', attemptsLeft: 2 });
    const user = userEvent.setup();
    render(<PhoneCodeForm details={details} onVerified={vi.fn()} onChangeNumber={vi.fn()} />);

    await user.type(screen.getByLabelText('Código del SMS'), '000000');
    await user.click(screen.getByRole('button', { name: 'Comprobar código' }));

    expect(await screen.findByText('El código no es correcto. Te quedan 2 intentos.')).toBeTruthy();
  });

  it('says the tries are used up, not that the code is wrong, and sends a new code in one tap', async () => {
    vi.mocked(identityClient.verifyPhoneCode)
      .mockRejectedValueOnce({ status: 422, detail: 'Too many wrong attempts with this code.', code: 'attempts-used-up' })
      .mockResolvedValueOnce({ phone: '+34612345678', token: 'tok', expiresAt: '2030-01-01T00:00:00Z' } as never);
    vi.mocked(identityClient.sendPhoneVerificationCode).mockResolvedValue({ phone: '+34612345678', codeExpiresAt: '2030-01-01T00:00:00Z' } as never);
    const onVerified = vi.fn();
    const user = userEvent.setup();
    render(<PhoneCodeForm details={details} onVerified={onVerified} onChangeNumber={vi.fn()} />);

    await user.type(screen.getByLabelText('Código del SMS'), '123456');
    await user.click(screen.getByRole('button', { name: 'Comprobar código' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Has agotado los intentos con este código');
    expect(alert.textContent).not.toContain('no es correcto o ha caducado');
    const newCode = screen.getByRole('button', { name: 'Enviarme un código nuevo' });
    await vi.waitFor(() => expect(document.activeElement).toBe(newCode));

    await user.click(newCode);
    expect(identityClient.sendPhoneVerificationCode).toHaveBeenCalledWith({ phone: '+34 612 345 678', language: 'es', recaptchaToken: null });
    expect(await screen.findByText('Te hemos enviado un código nuevo al +34 612 345 678.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    const field = screen.getByLabelText('Código del SMS') as HTMLInputElement;
    expect(field.value).toBe('');
    await vi.waitFor(() => expect(document.activeElement).toBe(field));

    await user.type(field, '654321');
    await user.click(screen.getByRole('button', { name: 'Comprobar código' }));
    await vi.waitFor(() => expect(onVerified).toHaveBeenCalledWith('tok'));
  });

  it('offers a new code for an expired one, in English', async () => {
    await changeLanguage('en');
    vi.mocked(identityClient.verifyPhoneCode).mockRejectedValue({ status: 422, detail: 'This code has expired.', code: 'expired' });
    const user = userEvent.setup();
    render(<PhoneCodeForm details={{ ...details, language: 'en' }} onVerified={vi.fn()} onChangeNumber={vi.fn()} />);

    await user.type(screen.getByLabelText('Code from the text message'), '123456');
    await user.click(screen.getByRole('button', { name: 'Check code' }));

    expect((await screen.findByRole('alert')).textContent).toContain('This code has expired. Ask for a new one.');
    expect(screen.getByRole('button', { name: 'Send me a new code' })).toBeTruthy();
  });
});
