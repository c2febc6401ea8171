import { useRef, useState } from 'react';
import * as z from 'zod/mini';
import { identityClient } from '../api';
import { problemOf } from '../api/problems';
import { useFieldErrors } from '../forms/errors';
import { FormAlert, SubmitButton } from '../forms/FormMessages';
import { TextField } from '../forms/TextField';
import { useZodForm } from '../forms/useZodForm';
import { useTranslation } from '../i18n';
import type { PatientDetailsDraft } from './flowState';
import { sendPhoneCode, tooManyCodesKey } from './sendPhoneCode';

const codeSchema = z.object({ code: z.string().check(z.trim(), z.regex(/^[0-9]{4,10}$/, 'booking.code.invalid')) });
type CodeForm = z.infer<typeof codeSchema>;

// The API's codes for an SMS code that can no longer verify the phone, and what to tell the patient.
const spentMessages = {
  'attempts-used-up': 'booking.code.attemptsUsedUp',
  expired: 'booking.code.expired',
  'already-used': 'booking.code.alreadyUsed',
  'no-code': 'booking.code.noCode',
} as const;

/** The SMS code sent to the patient's phone (OB4): a verified number yields the token the confirmation carries. */
export function PhoneCodeForm({ details, onVerified, onChangeNumber }: { details: PatientDetailsDraft; onVerified: (token: string) => void; onChangeNumber: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string>(t('booking.code.sent', { phone: details.phone }));
  const [alert, setAlert] = useState<string>();
  // Set when the code can no longer work (attempts used up, expired, already used): only a new code helps.
  const [spent, setSpent] = useState<string>();
  const newCodeButton = useRef<HTMLButtonElement>(null);
  const { register, handleSubmit, setError, setFocus, reset, formState } = useZodForm(codeSchema, { defaultValues: { code: '' } });
  const fieldError = useFieldErrors(formState.errors);

  const onSubmit = async ({ code }: CodeForm) => {
    setAlert(undefined);
    try {
      const verified = await identityClient.verifyPhoneCode({ phone: details.phone, code });
      onVerified(verified.token);
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 422 && problem.code && problem.code in spentMessages) {
        setSpent(t(spentMessages[problem.code as keyof typeof spentMessages]));
        // The one useful next step, ready for Enter or a tap.
        requestAnimationFrame(() => newCodeButton.current?.focus());
        return;
      }
      if (problem.status === 422 && problem.code === 'wrong-code' && typeof problem.attemptsLeft === 'number') {
        setError('code', { type: 'server', message: t('booking.code.wrongLeft', { count: problem.attemptsLeft }) }, { shouldFocus: true });
        return;
      }
      if (problem.status === 400 || problem.status === 422) {
        setError('code', { type: 'server', message: t('booking.code.wrong') }, { shouldFocus: true });
        return;
      }
      setAlert(t(problem.status === 429 ? 'errors.tooManyRequests' : 'errors.unexpected'));
    }
  };

  const resend = async () => {
    setAlert(undefined);
    try {
      await sendPhoneCode(details.phone, details.language);
      setSpent(undefined);
      reset({ code: '' });
      setStatus(t('booking.code.resent', { phone: details.phone }));
      // After the render that removes the "new code" button, which may hold the focus.
      requestAnimationFrame(() => setFocus('code'));
    } catch (error) {
      const problem = problemOf(error);
      setAlert(t(problem.status === 429 ? tooManyCodesKey(problem) : 'errors.unexpected'));
    }
  };

  return (
    <form className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <p role="status">{status}</p>
      <FormAlert>{alert}</FormAlert>
      {spent && (
        <div role="alert" className="notice notice--error">
          <p>{spent}</p>
          <button ref={newCodeButton} type="button" className="button" onClick={() => void resend()}>
            {t('booking.code.sendNew')}
          </button>
        </div>
      )}
      <TextField
        label={t('booking.code.label')}
        inputMode="numeric"
        autoComplete="one-time-code"
        hint={t('booking.code.hint')}
        registration={register('code')}
        error={fieldError('code')}
      />
      <div className="step-actions">
        <button type="button" className="button button--secondary" onClick={onChangeNumber}>
          {t('booking.code.changeNumber')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void resend()}>
          {t('booking.code.resend')}
        </button>
        <SubmitButton busy={formState.isSubmitting} label={t('booking.code.verify')} busyLabel={t('booking.working')} />
      </div>
    </form>
  );
}
