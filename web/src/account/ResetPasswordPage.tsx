import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import * as z from 'zod/mini';
import { identityClient } from '../api';
import { problemOf } from '../api/problems';
import { applyFieldErrors, useFieldErrors } from '../forms/errors';
import { FormAlert, FormSuccess, SubmitButton } from '../forms/FormMessages';
import { NewPasswordFields } from '../forms/NewPasswordFields';
import { newPassword, passwordsMatch } from '../forms/rules';
import { useZodForm } from '../forms/useZodForm';
import { useTranslation } from '../i18n';
import { PageTitle } from '../layout/PageTitle';

const schema = z.object({ newPassword, confirmPassword: z.string() }).check(passwordsMatch('newPassword', 'confirmPassword'));
type ResetForm = z.infer<typeof schema>;

export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [done, setDone] = useState(false);
  const [alert, setAlert] = useState<string>();
  const { register, handleSubmit, setError, formState } = useZodForm(schema, {
    defaultValues: { newPassword: '', confirmPassword: '' },
  });
  const fieldError = useFieldErrors(formState.errors);

  const onSubmit = async (values: ResetForm) => {
    setAlert(undefined);
    try {
      await identityClient.resetPassword({ token: params.get('token') ?? '', newPassword: values.newPassword });
      setDone(true);
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 400 && applyFieldErrors(problem, ['newPassword'], setError, { newPassword: t('validation.passwordLength') })) return;
      setAlert(t(problem.status === 422 || problem.status === 400 ? 'reset.linkInvalid' : problem.status === 429 ? 'errors.tooManyRequests' : 'errors.unexpected'));
    }
  };

  return (
    <>
      <PageTitle title={t('reset.heading')} />
      <h1>{t('reset.heading')}</h1>
      {done ? (
        <FormSuccess>
          <p>{t('reset.done')}</p>
          <Link className="button" to="/login">
            {t('reset.toLogin')}
          </Link>
        </FormSuccess>
      ) : (
        <form className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
          <FormAlert>
            {alert && (
              <>
                <p>{alert}</p>
                <Link to="/forgot-password">{t('reset.newLink')}</Link>
              </>
            )}
          </FormAlert>
          <NewPasswordFields
            password={register('newPassword')}
            confirmation={register('confirmPassword')}
            passwordError={fieldError('newPassword')}
            confirmationError={fieldError('confirmPassword')}
          />
          <SubmitButton busy={formState.isSubmitting} label={t('reset.submit')} busyLabel={t('reset.submitting')} />
        </form>
      )}
    </>
  );
}
