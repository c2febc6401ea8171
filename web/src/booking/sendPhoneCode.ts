import { identityClient } from '../api';
import { recaptchaToken } from '../account/recaptcha';
import { problemOf, type Problem } from '../api/problems';

/**
 * Asks for an SMS code. A connection that has asked for many codes this hour (a clinic's Wi-Fi, a carrier's shared
 * address) is not locked out: the API asks for proof of a person (422 "captcha-required") and this answers it once.
 */
export async function sendPhoneCode(phone: string, language: string) {
  try {
    return await identityClient.sendPhoneVerificationCode({ phone, language, recaptchaToken: null });
  } catch (error) {
    const problem = problemOf(error);
    if (problem.status !== 422 || problem.code !== 'captcha-required') throw error;
    const settings = await identityClient.getPublicAccountSettings();
    const token = await recaptchaToken(settings.recaptchaSiteKey, settings.recaptchaAction);
    return identityClient.sendPhoneVerificationCode({ phone, language, recaptchaToken: token });
  }
}

/** The i18n key naming why a code was refused with 429: the number's own limit, or the connection's. */
export function tooManyCodesKey(problem: Problem) {
  return problem.code === 'phone-limit' ? 'booking.details.tooManyCodes' : 'booking.details.tooManyFromConnection';
}
