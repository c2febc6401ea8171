import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { identityClient } from '../api';
import { FormAlert, FormSuccess } from '../forms/FormMessages';
import { useTranslation } from '../i18n';
import { PageTitle } from '../layout/PageTitle';

/** Landing page of the verification email's link: confirms at once, since the link is the proof. */
export default function VerifyEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const verify = useMutation({ mutationFn: (value: string) => identityClient.verifyEmail({ token: value }) });
  const { mutate } = verify;
  // The link works once: React's development double effects must not spend it twice.
  const sent = useRef(false);

  useEffect(() => {
    if (token && !sent.current) {
      sent.current = true;
      mutate(token);
    }
  }, [token, mutate]);

  return (
    <>
      <PageTitle title={t('verifyEmail.heading')} />
      <h1>{t('verifyEmail.heading')}</h1>
      {(verify.isPending || verify.isIdle) && token && <p role="status">{t('verifyEmail.checking')}</p>}
      {verify.isSuccess && (
        <FormSuccess>
          <p>{t('verifyEmail.done')}</p>
          <Link className="button" to="/login">
            {t('verifyEmail.toLogin')}
          </Link>
        </FormSuccess>
      )}
      {(verify.isError || !token) && (
        <FormAlert>
          <p>{t('verifyEmail.failed')}</p>
          <Link to="/login">{t('verifyEmail.toLogin')}</Link>
        </FormAlert>
      )}
    </>
  );
}
