import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import * as z from 'zod/mini';
import { accountKeys, useAccountSettings, useLogOut } from '../account/session';
import { useLanguageOptions } from '../account/useLanguageOptions';
import { identityClient, type CurrentUserResponse } from '../api';
import { problemOf, type Problem } from '../api/problems';
import { applyFieldErrors, useFieldErrors } from '../forms/errors';
import { FormAlert, SubmitButton } from '../forms/FormMessages';
import { email, language, requiredText } from '../forms/rules';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { useZodForm } from '../forms/useZodForm';
import { currentLanguage, useTranslation } from '../i18n';
import type { FlowState, PatientDetailsDraft } from './flowState';
import { PhoneCodeForm } from './PhoneCodeForm';

const phone = z.string().check(
  z.trim(),
  z.minLength(1, 'validation.required'),
  z.refine((value) => /^\+?[0-9][0-9 ()\-.]{5,24}$/.test(value), 'validation.phone'),
);

const schema = z.object({ firstName: requiredText(), lastName: requiredText(), email, phone, language });
type DetailsForm = z.infer<typeof schema>;
const fields = ['firstName', 'lastName', 'email', 'phone', 'language'] as const;

interface Props {
  flow: FlowState;
  user: CurrentUserResponse | null;
  update: (change: Partial<FlowState>) => void;
  onBack: () => void;
  /** Field errors the confirm request came back with (a 400), shown next to the fields. */
  serverProblem: Problem | null;
}

export function DetailsStep({ flow, user, update, onBack, serverProblem }: Props) {
  const { t } = useTranslation();
  const settings = useAccountSettings();
  const logOut = useLogOut();
  const languageOptions = useLanguageOptions();
  const profile = useQuery({
    queryKey: accountKeys.profile,
    queryFn: ({ signal }) => identityClient.getMyProfile(signal),
    enabled: !!user?.patientId,
  });
  const [codeFor, setCodeFor] = useState<PatientDetailsDraft | null>(null);
  const [alert, setAlert] = useState<string>();
  const signedIn = !!user?.patientId;

  const { register, handleSubmit, setError, reset, formState } = useZodForm(schema, {
    defaultValues: flow.details ?? { firstName: '', lastName: '', email: '', phone: '', language: currentLanguage() },
  });
  const fieldError = useFieldErrors(formState.errors);

  // A signed-in patient's details come from their profile; only the phone may need typing.
  useEffect(() => {
    if (!signedIn || !profile.data || !user) return;
    reset({
      firstName: profile.data.firstName,
      lastName: profile.data.lastName,
      email: profile.data.email ?? user.email,
      phone: flow.details?.phone || (profile.data.phone ?? ''),
      language: profile.data.preferredLanguage === 'en' ? 'en' : 'es',
    });
  }, [signedIn, profile.data, user, reset, flow.details?.phone]);

  useEffect(() => {
    if (serverProblem) applyFieldErrors(serverProblem, fields, setError, { phone: t('validation.phone'), email: t('validation.email') });
  }, [serverProblem, setError, t]);

  const onSubmit = async (values: DetailsForm) => {
    setAlert(undefined);
    const details: PatientDetailsDraft = { ...values };
    const verified = flow.phoneVerification?.phone === details.phone;
    // A signed-in patient's account already proves who they are: the server books them without an SMS code.
    if (!settings.data?.phoneVerificationRequired || verified || signedIn) {
      update({ details, step: 'review' });
      return;
    }
    try {
      await identityClient.sendPhoneVerificationCode({ phone: details.phone, language: details.language });
      update({ details });
      setCodeFor(details);
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 400 && applyFieldErrors(problem, ['phone'], setError, { phone: t('validation.phone') })) return;
      // 422: the clinic has just turned the SMS step off; nothing to verify.
      if (problem.status === 422) {
        update({ details, step: 'review' });
        return;
      }
      setAlert(t(problem.status === 429 ? 'booking.details.tooManyCodes' : 'errors.unexpected'));
    }
  };

  if (codeFor) {
    return (
      <PhoneCodeForm
        details={codeFor}
        onVerified={(token) => update({ phoneVerification: { phone: codeFor.phone, token }, step: 'review' })}
        onChangeNumber={() => setCodeFor(null)}
      />
    );
  }

  const busy = signedIn && profile.isPending;

  return (
    <form className="form" noValidate onSubmit={handleSubmit(onSubmit)} aria-busy={busy}>
      <FormAlert>{alert}</FormAlert>
      {signedIn && user ? (
        <div className="notice">
          <p>{t('booking.details.signedInAs', { name: user.displayName, email: user.email })}</p>
          <p>
            {t('booking.details.notYou')}{' '}
            <button type="button" className="link-button" onClick={() => logOut.mutate()}>
              {t('account.logOut')}
            </button>
          </p>
        </div>
      ) : (
        <>
          <p>{t('booking.details.intro')}</p>
          <TextField label={t('fields.firstName')} autoComplete="given-name" registration={register('firstName')} error={fieldError('firstName')} />
          <TextField label={t('fields.lastName')} autoComplete="family-name" registration={register('lastName')} error={fieldError('lastName')} />
          <TextField label={t('fields.email')} type="email" autoComplete="email" registration={register('email')} error={fieldError('email')} />
        </>
      )}
      {signedIn && (fieldError('firstName') || fieldError('lastName') || fieldError('email')) && (
        <p className="field__error">{[fieldError('firstName'), fieldError('lastName'), fieldError('email')].filter(Boolean).join(' ')}</p>
      )}
      <TextField
        label={t('booking.details.phone')}
        type="tel"
        autoComplete="tel"
        hint={settings.data?.phoneVerificationRequired && !signedIn ? t('booking.details.phoneHintCode') : t('booking.details.phoneHint')}
        registration={register('phone')}
        error={fieldError('phone')}
      />
      {!signedIn && (
        <SelectField label={t('fields.language')} options={languageOptions} registration={register('language')} error={fieldError('language')} />
      )}
      <div className="step-actions">
        <button type="button" className="button button--secondary" onClick={onBack}>
          {t('booking.back')}
        </button>
        <SubmitButton busy={formState.isSubmitting || busy} label={t('booking.continue')} busyLabel={t('booking.working')} />
      </div>
    </form>
  );
}
