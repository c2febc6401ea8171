import { useState } from 'react';
import { Link } from 'react-router';
import * as z from 'zod/mini';
import { identityClient } from '../api';
import { problemOf } from '../api/problems';
import { CheckboxField } from '../forms/CheckboxField';
import { applyFieldErrors, useFieldErrors } from '../forms/errors';
import { FormAlert, FormSuccess, SubmitButton } from '../forms/FormMessages';
import { NewPasswordFields } from '../forms/NewPasswordFields';
import { email, language, newPassword, optionalBirthDate, optionalPhone, orNull, passwordsMatch, requiredText } from '../forms/rules';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { useZodForm } from '../forms/useZodForm';
import { currentLanguage, useTranslation } from '../i18n';
import { PageTitle } from '../layout/PageTitle';
import { useLanguageOptions } from './useLanguageOptions';

const schema = z
  .object({
    firstName: requiredText(),
    lastName: requiredText(),
    email,
    phone: optionalPhone,
    birthDate: optionalBirthDate,
    language,
    password: newPassword,
    confirmPassword: z.string(),
    marketingConsent: z.boolean(),
  })
  .check(passwordsMatch('password', 'confirmPassword'));
type RegisterForm = z.infer<typeof schema>;
const serverFields = ['firstName', 'lastName', 'email', 'phone', 'birthDate', 'language', 'password'] as const;

export default function RegisterPage() {
  const { t } = useTranslation();
  const [registeredEmail, setRegisteredEmail] = useState<string>();
  const [alert, setAlert] = useState<string>();
  const languageOptions = useLanguageOptions();
  const { register, handleSubmit, setError, formState } = useZodForm(schema, {
    defaultValues: {
      firstName: '',
      lastName: '',
      email: '',
      phone: '',
      birthDate: '',
      language: currentLanguage(),
      password: '',
      confirmPassword: '',
      marketingConsent: false,
    },
  });
  const fieldError = useFieldErrors(formState.errors);

  const onSubmit = async (values: RegisterForm) => {
    setAlert(undefined);
    try {
      await identityClient.registerPatient({
        firstName: values.firstName,
        lastName: values.lastName,
        email: values.email,
        password: values.password,
        phone: orNull(values.phone),
        birthDate: orNull(values.birthDate),
        language: values.language,
        marketingConsent: values.marketingConsent,
      });
      setRegisteredEmail(values.email);
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 400 && applyFieldErrors(problem, serverFields, setError, { phone: t('validation.phone'), email: t('validation.email') })) return;
      setAlert(t(problem.status === 429 ? 'errors.tooManyRequests' : 'errors.unexpected'));
    }
  };

  if (registeredEmail) {
    return (
      <>
        <PageTitle title={t('register.heading')} />
        <h1>{t('register.checkInboxHeading')}</h1>
        <FormSuccess>
          <p>{t('register.checkInbox', { email: registeredEmail })}</p>
        </FormSuccess>
        <p>
          <Link to="/login">{t('register.toLogin')}</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <PageTitle title={t('register.heading')} />
      <h1>{t('register.heading')}</h1>
      <p>{t('register.intro')}</p>
      <form className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
        <FormAlert>{alert}</FormAlert>
        <TextField label={t('fields.firstName')} autoComplete="given-name" registration={register('firstName')} error={fieldError('firstName')} />
        <TextField label={t('fields.lastName')} autoComplete="family-name" registration={register('lastName')} error={fieldError('lastName')} />
        <TextField
          label={t('fields.email')}
          type="email"
          autoComplete="email"
          hint={t('register.emailHint')}
          registration={register('email')}
          error={fieldError('email')}
        />
        <TextField label={t('fields.phoneOptional')} type="tel" autoComplete="tel" registration={register('phone')} error={fieldError('phone')} />
        <TextField label={t('fields.birthDateOptional')} type="date" autoComplete="bday" registration={register('birthDate')} error={fieldError('birthDate')} />
        <SelectField label={t('fields.language')} options={languageOptions} registration={register('language')} error={fieldError('language')} />
        <NewPasswordFields
          label="password"
          password={register('password')}
          confirmation={register('confirmPassword')}
          passwordError={fieldError('password')}
          confirmationError={fieldError('confirmPassword')}
        />
        <CheckboxField label={t('fields.marketingConsent')} registration={register('marketingConsent')} />
        <SubmitButton busy={formState.isSubmitting} label={t('register.submit')} busyLabel={t('register.submitting')} />
      </form>
      <p>
        {t('register.haveAccount')} <Link to="/login">{t('register.toLogin')}</Link>
      </p>
    </>
  );
}
