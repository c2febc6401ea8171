import { beforeEach, describe, expect, it, vi } from 'vitest';
import { recaptchaToken } from '../account/recaptcha';
import { identityClient } from '../api';
import { sendPhoneCode, tooManyCodesKey } from './sendPhoneCode';

vi.mock('../api', () => ({ identityClient: { sendPhoneVerificationCode: vi.fn(), getPublicAccountSettings: vi.fn() } }));
vi.mock('../account/recaptcha', () => ({ recaptchaToken: vi.fn() }));

const sent = { phone: '+34612345678', expiresAt: '2030-01-01T00:00:00Z' };

beforeEach(() => vi.resetAllMocks());

describe('sendPhoneCode', () => {
  it('answers a busy connection’s captcha request once, with a reCAPTCHA token, instead of giving up', async () => {
    vi.mocked(identityClient.sendPhoneVerificationCode)
      .mockRejectedValueOnce({ status: 422, detail: 'Confirm you are not a robot.', code: 'captcha-required' })
      .mockResolvedValueOnce(sent as never);
    vi.mocked(identityClient.getPublicAccountSettings).mockResolvedValue({ recaptchaSiteKey: 'site', recaptchaAction: 'login' } as never);
    vi.mocked(recaptchaToken).mockResolvedValue('human');

    await expect(sendPhoneCode('+34 612 345 678', 'es')).resolves.toEqual(sent);

    expect(recaptchaToken).toHaveBeenCalledWith('site', 'login');
    expect(identityClient.sendPhoneVerificationCode).toHaveBeenLastCalledWith({ phone: '+34 612 345 678', language: 'es', recaptchaToken: 'human' });
  });

  it('passes any other refusal on untouched', async () => {
    const refusal = { status: 429, code: 'phone-limit' };
    vi.mocked(identityClient.sendPhoneVerificationCode).mockRejectedValue(refusal);
    await expect(sendPhoneCode('+34 612 345 678', 'es')).rejects.toBe(refusal);
    expect(identityClient.sendPhoneVerificationCode).toHaveBeenCalledTimes(1);
  });

  it('names the real reason of a 429: the number’s own limit, or the shared connection’s', () => {
    expect(tooManyCodesKey({ status: 429, code: 'phone-limit' })).toBe('booking.details.tooManyCodes');
    expect(tooManyCodesKey({ status: 429, code: 'address-limit' })).toBe('booking.details.tooManyFromConnection');
  });
});
