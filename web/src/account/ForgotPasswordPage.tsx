import { useState } from 'react';
import { Link } from 'react-router';
import * as z from 'zod/mini';
import { identityClient } from '../api';
import { problemOf } from '../api/problems';
import { applyFieldErrors, useFieldErrors } from '../forms/errors';
import { FormAlert, FormSuccess, SubmitButton } from '../forms/FormMessages';
import { email } from '../forms/rules';
import { TextField } from '../forms/TextField';
import { useZodForm } from '../forms/useZodForm';
import { useTranslation } from '../i18n';
import { PageTitle } from '../layout/PageTitle';

const schema = z.object({ email });
type ForgotForm = z.infer<typeof schema>;

export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string>();
  const [alert, setAlert] = useState<string>();
  const { register, handleSubmit, setError, formState } = useZodForm(schema, { defaultValues: { email: '' } });
  const fieldError = useFieldErrors(formState.errors);

  const onSubmit = async (values: ForgotForm) => {
    setAlert(undefined);
    try {
      await identityClient.requestPasswordReset({ email: values.email });
      setSentTo(values.email);
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 400 && applyFieldErrors(problem, ['email'], setError, { email: t('validation.email') })) return;
      setAlert(t(problem.status === 429 ? 'errors.tooManyRequests' : 'errors.unexpected'));
    }
  };

  return (
    <>
      <PageTitle title={t('forgot.heading')} />
      <h1>{t('forgot.heading')}</h1>
      {sentTo ? (
        <FormSuccess>
          <p>{t('forgot.sent', { email: sentTo })}</p>
        </FormSuccess>
      ) : (
        <>
          <p>{t('forgot.intro')}</p>
          <form className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
            <FormAlert>{alert}</FormAlert>
            <TextField label={t('fields.email')} type="email" autoComplete="email" registration={register('email')} error={fieldError('email')} />
            <SubmitButton busy={formState.isSubmitting} label={t('forgot.submit')} busyLabel={t('forgot.submitting')} />
          </form>
        </>
      )}
      <p>
        <Link to="/login">{t('forgot.backToLogin')}</Link>
      </p>
    </>
  );
}
