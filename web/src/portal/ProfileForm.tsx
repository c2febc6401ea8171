import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import * as z from 'zod/mini';
import { accountKeys } from '../account/session';
import { useLanguageOptions } from '../account/useLanguageOptions';
import { identityClient, type PatientProfile } from '../api';
import { problemOf } from '../api/problems';
import { CheckboxField } from '../forms/CheckboxField';
import { applyFieldErrors, useFieldErrors } from '../forms/errors';
import { FormAlert, FormSuccess, SubmitButton } from '../forms/FormMessages';
import { language, optionalBirthDate, optionalPhone, optionalText, orNull, requiredText } from '../forms/rules';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { useZodForm } from '../forms/useZodForm';
import { useTranslation } from '../i18n';

const schema = z.object({
  firstName: requiredText(),
  lastName: requiredText(),
  phone: optionalPhone,
  birthDate: optionalBirthDate,
  address: optionalText(300),
  preferredLanguage: language,
  marketingConsent: z.boolean(),
});
type ProfileValues = z.infer<typeof schema>;
const serverFields = ['firstName', 'lastName', 'phone', 'birthDate', 'address', 'preferredLanguage'] as const;

function toForm(profile: PatientProfile): ProfileValues {
  return {
    firstName: profile.firstName,
    lastName: profile.lastName,
    phone: profile.phone ?? '',
    birthDate: profile.birthDate ?? '',
    address: profile.address ?? '',
    preferredLanguage: profile.preferredLanguage === 'en' ? 'en' : 'es',
    marketingConsent: profile.marketingConsent,
  };
}

export function ProfileForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const profile = useQuery({ queryKey: accountKeys.profile, queryFn: ({ signal }) => identityClient.getMyProfile(signal) });
  const [saved, setSaved] = useState(false);
  const [alert, setAlert] = useState<string>();
  const languageOptions = useLanguageOptions();
  const { register, handleSubmit, setError, reset, formState } = useZodForm(schema);
  const fieldError = useFieldErrors(formState.errors);

  useEffect(() => {
    if (profile.data) reset(toForm(profile.data));
  }, [profile.data, reset]);

  const onSubmit = async (values: ProfileValues) => {
    setSaved(false);
    setAlert(undefined);
    try {
      const updated = await identityClient.updateMyProfile({
        firstName: values.firstName,
        lastName: values.lastName,
        phone: orNull(values.phone),
        birthDate: orNull(values.birthDate),
        address: orNull(values.address),
        preferredLanguage: values.preferredLanguage,
        marketingConsent: values.marketingConsent,
      });
      queryClient.setQueryData(accountKeys.profile, updated);
      void queryClient.invalidateQueries({ queryKey: accountKeys.me });
      setSaved(true);
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 400 && applyFieldErrors(problem, serverFields, setError, { phone: t('validation.phone') })) return;
      setAlert(t('errors.unexpected'));
    }
  };

  return (
    <section aria-labelledby="profile-heading" className="settings-section">
      <h2 id="profile-heading">{t('settings.profileHeading')}</h2>
      {profile.isPending && <p role="status">{t('settings.loading')}</p>}
      {profile.isError && <FormAlert>{t('settings.loadFailed')}</FormAlert>}
      {profile.data && (
        <form className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
          <FormAlert>{alert}</FormAlert>
          <FormSuccess>{saved && t('settings.profileSaved')}</FormSuccess>
          <p className="form__note">{t('settings.emailIs', { email: profile.data.email ?? '' })}</p>
          <TextField label={t('fields.firstName')} autoComplete="given-name" registration={register('firstName')} error={fieldError('firstName')} />
          <TextField label={t('fields.lastName')} autoComplete="family-name" registration={register('lastName')} error={fieldError('lastName')} />
          <TextField label={t('fields.phoneOptional')} type="tel" autoComplete="tel" registration={register('phone')} error={fieldError('phone')} />
          <TextField label={t('fields.birthDateOptional')} type="date" autoComplete="bday" registration={register('birthDate')} error={fieldError('birthDate')} />
          <TextField label={t('fields.addressOptional')} autoComplete="street-address" registration={register('address')} error={fieldError('address')} />
          <SelectField label={t('fields.language')} options={languageOptions} registration={register('preferredLanguage')} error={fieldError('preferredLanguage')} />
          <CheckboxField label={t('fields.marketingConsent')} registration={register('marketingConsent')} />
          <SubmitButton busy={formState.isSubmitting} label={t('settings.saveProfile')} busyLabel={t('settings.saving')} />
        </form>
      )}
    </section>
  );
}
