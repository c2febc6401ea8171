import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import * as z from 'zod/mini';
import { identityClient } from '../api';
import { problemOf } from '../api/problems';
import { applyFieldErrors, useFieldErrors } from '../forms/errors';
import { FormAlert, SubmitButton } from '../forms/FormMessages';
import { NewPasswordFields } from '../forms/NewPasswordFields';
import { newPassword, passwordsMatch } from '../forms/rules';
import { useZodForm } from '../forms/useZodForm';
import { useTranslation } from '../i18n';
import { PageTitle } from '../layout/PageTitle';
import { useSignedIn } from './session';

const schema = z.object({ password: newPassword, confirmPassword: z.string() }).check(passwordsMatch('password', 'confirmPassword'));
type ActivateForm = z.infer<typeof schema>;

/** Landing page of the welcome email (PP1/PP2): choosing a password confirms the account and signs in. */
export default function ActivatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const signedIn = useSignedIn();
  const [alert, setAlert] = useState<string>();
  const { register, handleSubmit, setError, formState } = useZodForm(schema, {
    defaultValues: { password: '', confirmPassword: '' },
  });
  const fieldError = useFieldErrors(formState.errors);

  const onSubmit = async (values: ActivateForm) => {
    setAlert(undefined);
    try {
      signedIn(await identityClient.activateAccount({ token: params.get('token') ?? '', password: values.password }));
      void navigate('/portal', { replace: true });
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 400 && applyFieldErrors(problem, ['password'], setError, { password: t('validation.passwordLength') })) return;
      setAlert(t(problem.status === 422 || problem.status === 400 ? 'activate.linkInvalid' : problem.status === 409 ? 'activate.accountExists' : problem.status === 429 ? 'errors.tooManyRequests' : 'errors.unexpected'));
    }
  };

  return (
    <>
      <PageTitle title={t('activate.heading')} />
      <h1>{t('activate.heading')}</h1>
      <p>{t('activate.intro')}</p>
      <form className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
        <FormAlert>
          {alert && (
            <>
              <p>{alert}</p>
              <Link to="/forgot-password">{t('activate.newLink')}</Link>
            </>
          )}
        </FormAlert>
        <NewPasswordFields
          password={register('password')}
          confirmation={register('confirmPassword')}
          passwordError={fieldError('password')}
          confirmationError={fieldError('confirmPassword')}
        />
        <SubmitButton busy={formState.isSubmitting} label={t('activate.submit')} busyLabel={t('activate.submitting')} />
      </form>
    </>
  );
}
