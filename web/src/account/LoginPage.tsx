import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import * as z from 'zod/mini';
import { identityClient } from '../api';
import { problemOf } from '../api/problems';
import { applyFieldErrors, useFieldErrors } from '../forms/errors';
import { FormAlert, SubmitButton } from '../forms/FormMessages';
import { TextField } from '../forms/TextField';
import { useZodForm } from '../forms/useZodForm';
import { useTranslation } from '../i18n';
import { PageTitle } from '../layout/PageTitle';
import { loadRecaptcha, recaptchaToken } from './recaptcha';
import { isPatient, safeReturnTo, useAccountSettings, useSignedIn } from './session';

const schema = z.object({
  email: z.string().check(z.trim(), z.minLength(1, 'validation.required')),
  password: z.string().check(z.minLength(1, 'validation.required')),
});
type LoginForm = z.infer<typeof schema>;

export default function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const settings = useAccountSettings();
  const signedIn = useSignedIn();
  const [alert, setAlert] = useState<string>();
  const { register, handleSubmit, setError, formState } = useZodForm(schema, {
    defaultValues: { email: '', password: '' },
  });
  const fieldError = useFieldErrors(formState.errors);
  const siteKey = settings.data?.recaptchaSiteKey;

  // Load Google's script while the person types, so submitting does not wait for it.
  useEffect(() => {
    if (siteKey) loadRecaptcha(siteKey).catch(() => setAlert(t('login.recaptchaUnavailable')));
  }, [siteKey, t]);

  const onSubmit = async (values: LoginForm) => {
    setAlert(undefined);
    try {
      const token = await recaptchaToken(siteKey, settings.data?.recaptchaAction ?? 'login').catch(() => {
        throw new Error('recaptcha');
      });
      const user = await identityClient.logIn({ email: values.email, password: values.password, recaptchaToken: token });
      signedIn(user);
      void navigate(safeReturnTo(params.get('returnTo'), isPatient(user) ? '/book' : '/admin'), { replace: true });
    } catch (error) {
      if (error instanceof Error && error.message === 'recaptcha') return setAlert(t('login.recaptchaUnavailable'));
      const problem = problemOf(error);
      if (problem.status === 400 && problem.errors?.recaptchaToken) return setAlert(t('login.recaptchaFailed'));
      if (problem.status === 400 && applyFieldErrors(problem, ['email', 'password'], setError)) return;
      setAlert(t(problem.status === 401 ? 'login.failed' : problem.status === 403 ? 'login.notVerified' : problem.status === 429 ? 'errors.tooManyRequests' : 'errors.unexpected'));
    }
  };

  return (
    <>
      <PageTitle title={t('login.heading')} />
      <h1>{t('login.heading')}</h1>
      {params.get('reason') === 'idle' && (
        <p role="status" className="notice">
          {t('login.signedOutIdle')}
        </p>
      )}
      <form className="form" noValidate onSubmit={handleSubmit(onSubmit)}>
        <FormAlert>{alert}</FormAlert>
        <TextField label={t('fields.email')} type="email" autoComplete="username" registration={register('email')} error={fieldError('email')} />
        <TextField
          label={t('fields.password')}
          type="password"
          autoComplete="current-password"
          registration={register('password')}
          error={fieldError('password')}
        />
        {siteKey && <p className="form__note">{t('login.recaptchaNotice')}</p>}
        <SubmitButton busy={formState.isSubmitting} label={t('login.submit')} busyLabel={t('login.submitting')} />
      </form>
      <p>
        <Link to="/forgot-password">{t('login.forgot')}</Link>
      </p>
      <p>
        {t('login.noAccount')} <Link to="/register">{t('login.register')}</Link>
      </p>
    </>
  );
}
