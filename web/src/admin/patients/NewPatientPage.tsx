import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import * as z from 'zod/mini';
import { useLanguageOptions } from '../../account/useLanguageOptions';
import { problemOf, type Problem } from '../../api/problems';
import { CheckboxField } from '../../forms/CheckboxField';
import { applyFieldErrors, useFieldErrors } from '../../forms/errors';
import { FormAlert, SubmitButton } from '../../forms/FormMessages';
import { language, optionalBirthDate, optionalEmail, optionalPhone, optionalText, orNull, requiredText } from '../../forms/rules';
import { SelectField } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import { useZodForm } from '../../forms/useZodForm';
import { useTranslation } from '../../i18n';
import { PageTitle } from '../../layout/PageTitle';
import type { RecordArrival } from './PatientRecordPage';
import { usePatientPermissions, useCreatePatient } from './queries';

// Mirrors CreatePatientValidator; the server checks everything again.
export const newPatientSchema = z.object({
  firstName: requiredText(),
  lastName: requiredText(),
  email: optionalEmail,
  phone: optionalPhone,
  birthDate: optionalBirthDate,
  address: optionalText(300),
  preferredLanguage: language,
  marketingConsent: z.boolean(),
});
type NewPatientValues = z.infer<typeof newPatientSchema>;
const serverFields = ['firstName', 'lastName', 'email', 'phone', 'birthDate', 'address', 'preferredLanguage'] as const;

/** Staff add a patient (phone call, walk-in); a likely duplicate is accepted and flagged for review. */
export default function NewPatientPage() {
  const { t } = useTranslation('staff');
  const navigate = useNavigate();
  const { canManage } = usePatientPermissions();
  const create = useCreatePatient();
  const languageOptions = useLanguageOptions();
  const [alert, setAlert] = useState<string>();
  const [existingId, setExistingId] = useState<string>();
  const { register, handleSubmit, setError, formState } = useZodForm(newPatientSchema, {
    defaultValues: { firstName: '', lastName: '', email: '', phone: '', birthDate: '', address: '', preferredLanguage: 'es', marketingConsent: false },
  });
  const fieldError = useFieldErrors(formState.errors);

  const onSubmit = async (values: NewPatientValues) => {
    setAlert(undefined);
    setExistingId(undefined);
    try {
      const record = await create.mutateAsync({
        firstName: values.firstName,
        lastName: values.lastName,
        email: orNull(values.email),
        phone: orNull(values.phone),
        birthDate: orNull(values.birthDate),
        address: orNull(values.address),
        preferredLanguage: values.preferredLanguage,
        marketingConsent: values.marketingConsent,
      });
      const arrival: RecordArrival = { created: `${record.profile.firstName} ${record.profile.lastName}` };
      navigate(`/admin/patients/${record.profile.id}`, { state: arrival });
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 409) {
        setError('email', { type: 'server', message: 'patients.create.emailTaken' }, { shouldFocus: true });
        // The conflict names the profile that has the email; offering it spares a second search.
        setExistingId((problem as Problem & { existingPatientId?: string }).existingPatientId);
        return;
      }
      if (problem.status === 400 && applyFieldErrors(problem, serverFields, setError, { phone: t('validation.phone') })) return;
      setAlert(problem.status === 403 ? t('patients.create.readOnly') : t('errors.unexpected'));
    }
  };

  return (
    <>
      <PageTitle title={t('patients.create.heading')} />
      <h1>{t('patients.create.heading')}</h1>
      {!canManage ? (
        <p className="notice">{t('patients.create.readOnly')}</p>
      ) : (
        <form className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
          <p className="form__note">{t('patients.create.intro')}</p>
          <FormAlert>{alert}</FormAlert>
          <TextField label={t('fields.firstName')} autoComplete="off" registration={register('firstName')} error={fieldError('firstName')} />
          <TextField label={t('fields.lastName')} autoComplete="off" registration={register('lastName')} error={fieldError('lastName')} />
          <TextField label={t('patients.create.email')} type="email" autoComplete="off" registration={register('email')} error={fieldError('email')} />
          {existingId && (
            <p>
              <Link to={`/admin/patients/${existingId}`}>{t('patients.create.seeExisting')}</Link>
            </p>
          )}
          <TextField
            label={t('fields.phoneOptional')}
            type="tel"
            autoComplete="off"
            hint={t('patients.create.phoneHint')}
            registration={register('phone')}
            error={fieldError('phone')}
          />
          <TextField label={t('fields.birthDateOptional')} type="date" registration={register('birthDate')} error={fieldError('birthDate')} />
          <TextField label={t('fields.addressOptional')} autoComplete="off" registration={register('address')} error={fieldError('address')} />
          <SelectField label={t('fields.language')} options={languageOptions} registration={register('preferredLanguage')} error={fieldError('preferredLanguage')} />
          <CheckboxField label={t('patients.create.marketingConsent')} registration={register('marketingConsent')} />
          <SubmitButton busy={formState.isSubmitting} label={t('patients.create.submit')} busyLabel={t('patients.create.submitting')} />
        </form>
      )}
    </>
  );
}
