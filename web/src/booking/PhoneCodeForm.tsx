import { useState } from 'react';
import * as z from 'zod/mini';
import { identityClient } from '../api';
import { problemOf } from '../api/problems';
import { useFieldErrors } from '../forms/errors';
import { FormAlert, SubmitButton } from '../forms/FormMessages';
import { TextField } from '../forms/TextField';
import { useZodForm } from '../forms/useZodForm';
import { useTranslation } from '../i18n';
import type { PatientDetailsDraft } from './flowState';

const codeSchema = z.object({ code: z.string().check(z.trim(), z.regex(/^[0-9]{4,10}$/, 'booking.code.invalid')) });
type CodeForm = z.infer<typeof codeSchema>;

/** The SMS code sent to the patient's phone (OB4): a verified number yields the token the confirmation carries. */
export function PhoneCodeForm({ details, onVerified, onChangeNumber }: { details: PatientDetailsDraft; onVerified: (token: string) => void; onChangeNumber: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string>(t('booking.code.sent', { phone: details.phone }));
  const [alert, setAlert] = useState<string>();
  const { register, handleSubmit, setError, formState } = useZodForm(codeSchema, { defaultValues: { code: '' } });
  const fieldError = useFieldErrors(formState.errors);

  const onSubmit = async ({ code }: CodeForm) => {
    setAlert(undefined);
    try {
      const verified = await identityClient.verifyPhoneCode({ phone: details.phone, code });
      onVerified(verified.token);
    } catch (error) {
      const problem = problemOf(error);
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
      await identityClient.sendPhoneVerificationCode({ phone: details.phone, language: details.language });
      setStatus(t('booking.code.resent', { phone: details.phone }));
    } catch (error) {
      setAlert(t(problemOf(error).status === 429 ? 'booking.details.tooManyCodes' : 'errors.unexpected'));
    }
  };

  return (
    <form className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <p role="status">{status}</p>
      <FormAlert>{alert}</FormAlert>
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
