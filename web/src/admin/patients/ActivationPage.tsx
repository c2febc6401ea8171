import { useEffect, useRef, useState } from 'react';
import type { WelcomeEmailsSent } from '../../api';
import { problemOf } from '../../api/problems';
import { useTranslation } from '../../i18n';
import { PageTitle } from '../../layout/PageTitle';
import { usePatientPermissions, useActivationSummary, useSendWelcomeEmails } from './queries';

/** PP2: how many patients have never used the portal, and "Invite them now" (welcome emails), after a confirm step. */
export default function ActivationPage() {
  const { t } = useTranslation('staff');
  const { canInvite } = usePatientPermissions();
  const summary = useActivationSummary();
  const send = useSendWelcomeEmails();
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<WelcomeEmailsSent | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const confirmText = useRef<HTMLParagraphElement>(null);
  const inviteButton = useRef<HTMLButtonElement>(null);
  const outcome = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (confirming) confirmText.current?.focus();
  }, [confirming]);

  async function sendNow() {
    setFailure(null);
    try {
      setResult(await send.mutateAsync());
      // The confirm buttons disappear with the question: keep the keyboard on what happened.
      requestAnimationFrame(() => outcome.current?.focus());
    } catch (error) {
      setFailure(problemOf(error).status === 429 ? t('errors.tooManyRequests') : t('errors.unexpected'));
    } finally {
      setConfirming(false);
    }
  }

  const data = summary.data;
  const ready = data?.readyToInvite ?? 0;

  return (
    <>
      <PageTitle title={t('patients.activation.heading')} />
      <h1>{t('patients.activation.heading')}</h1>
      <p>{t('patients.activation.intro')}</p>

      <div ref={outcome} tabIndex={-1} role="status" className={result ? 'notice notice--success' : undefined}>
        {result && (
          <>
            <p>{t('patients.activation.sent', { count: result.sent })}</p>
            {(result.skippedRecentlyInvited > 0 || result.skippedWithoutEmail > 0) && (
              <p>{t('patients.activation.skipped', { recent: result.skippedRecentlyInvited, withoutEmail: result.skippedWithoutEmail })}</p>
            )}
          </>
        )}
      </div>
      {failure && (
        <p role="alert" className="notice notice--error">
          {failure}
        </p>
      )}

      {summary.isPending && <p role="status">{t('patients.activation.loading')}</p>}
      {summary.isError && (
        <div className="notice notice--error" role="alert">
          <p>{t('patients.activation.error')}</p>
          <button type="button" className="button button--secondary" onClick={() => void summary.refetch()}>
            {t('patients.retry')}
          </button>
        </div>
      )}
      {data && (
        <>
          <dl className="activation-summary">
            <div>
              <dt>{t('patients.activation.neverLoggedIn')}</dt>
              <dd>{data.neverLoggedIn}</dd>
            </div>
            <div>
              <dt>{t('patients.activation.withoutEmail')}</dt>
              <dd>{data.withoutEmail}</dd>
            </div>
            <div>
              <dt>{t('patients.activation.recentlyInvited')}</dt>
              <dd>{data.recentlyInvited}</dd>
            </div>
            <div>
              <dt>{t('patients.activation.readyToInvite')}</dt>
              <dd>{ready}</dd>
            </div>
          </dl>

          {!canInvite && <p className="notice">{t('patients.activation.adminOnly')}</p>}
          {canInvite && ready === 0 && !confirming && <p>{t('patients.activation.nobody')}</p>}
          {canInvite && ready > 0 && !confirming && (
            <button
              ref={inviteButton}
              type="button"
              className="button"
              onClick={() => {
                setResult(null);
                setFailure(null);
                setConfirming(true);
              }}
            >
              {t('patients.activation.invite')}
            </button>
          )}
          {canInvite && confirming && (
            <div className="activation-confirm" role="group" aria-label={t('patients.activation.invite')}>
              <p ref={confirmText} tabIndex={-1}>
                <strong>{t('patients.activation.confirm', { count: ready })}</strong>
              </p>
              <div className="button-row">
                <button type="button" className="button" disabled={send.isPending} aria-busy={send.isPending} onClick={() => void sendNow()}>
                  {send.isPending ? t('patients.activation.sending') : t('patients.activation.send')}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={send.isPending}
                  onClick={() => {
                    setConfirming(false);
                    requestAnimationFrame(() => inviteButton.current?.focus());
                  }}
                >
                  {t('patients.activation.cancel')}
                </button>
              </div>
            </div>
          )}
        </>
      )}
    </>
  );
}
