import { useId, useState } from 'react';
import type { NotificationMessageDetails } from '../../api';
import { useTranslation } from '../../i18n';
import { ModalDialog } from '../../layout/ModalDialog';
import { formatStamp } from '../../lib/format';
import { useNotificationMessage, useRetryMessage } from './queries';
import { retryFailed, retrySucceeded } from './retryOutcome';

interface Props {
  messageId: string;
  zone: string;
  canRetry: boolean;
  onClose: () => void;
}

/** One message as the patient received it, with why it failed; a native modal <dialog> keeps focus inside and closes on Escape. */
export function MessageDialog({ messageId, zone, canRetry, onClose }: Props) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  const message = useNotificationMessage(messageId);


  return (
    <ModalDialog heading={t('adminMessages.detail.heading')} onClose={onClose} closeLabel={t('adminMessages.detail.close')} className="message-dialog" headingId={headingId}>
      {message.isPending && <p role="status">{t('adminMessages.detail.loading')}</p>}
      {message.isError && <p role="alert">{t('adminMessages.detail.error')}</p>}
      {message.data && <MessageBody details={message.data} zone={zone} canRetry={canRetry} headingId={headingId} />}
    </ModalDialog>
  );
}

function MessageBody({ details, zone, canRetry, headingId }: { details: NotificationMessageDetails; zone: string; canRetry: boolean; headingId: string }) {
  const { t, i18n } = useTranslation('staff');
  const locale = i18n.language;
  const retry = useRetryMessage();
  const [result, setResult] = useState('');
  const [failure, setFailure] = useState<{ message: string; detail?: string | null } | null>(null);
  const [showHtml, setShowHtml] = useState(false);
  const summary = details.summary;
  const stamp = (iso: string) => formatStamp(iso, zone, locale);
  const language = summary.language === 'en' || summary.language === 'es' ? t(`adminMessages.detail.languages.${summary.language}`) : summary.language;

  async function retryNow() {
    setResult('');
    setFailure(null);
    try {
      setResult(retrySucceeded(t, await retry.mutateAsync(summary.id)));
    } catch (caught) {
      setFailure(retryFailed(t, caught));
    }
    document.getElementById(headingId)?.focus();
  }

  return (
    <>
      <dl className="appointment-facts message-dialog__facts">
        <dt>{t('adminMessages.detail.status')}</dt>
        <dd>
          <span className={`status-badge message-status message-status--${summary.status}`}>{t(`adminMessages.status.${summary.status}`)}</span>
        </dd>
        <dt>{t('adminMessages.detail.type')}</dt>
        <dd>{t(`adminMessages.types.${summary.type}`)}</dd>
        <dt>{t('adminMessages.detail.channel')}</dt>
        <dd>{t(`adminMessages.channels.${summary.channel}`)}</dd>
        <dt>{t('adminMessages.detail.recipient')}</dt>
        <dd className="message-card__address">
          {summary.recipientName ? `${summary.recipientName} · ${summary.recipient}` : summary.recipient}
        </dd>
        <dt>{t('adminMessages.detail.language')}</dt>
        <dd>{language}</dd>
        {summary.subject && (
          <>
            <dt>{t('adminMessages.detail.subject')}</dt>
            <dd lang={summary.language}>{summary.subject}</dd>
          </>
        )}
        <dt>{t('adminMessages.log.created')}</dt>
        <dd>{stamp(summary.createdAt)}</dd>
        {Date.parse(summary.sendAt) > Date.parse(summary.createdAt) && (
          <>
            <dt>{t('adminMessages.log.sendAt')}</dt>
            <dd>{stamp(summary.sendAt)}</dd>
          </>
        )}
        {summary.sentAt && (
          <>
            <dt>{t('adminMessages.log.sent')}</dt>
            <dd>{stamp(summary.sentAt)}</dd>
          </>
        )}
        <dt>{t('adminMessages.log.attempts')}</dt>
        <dd>{summary.attempts}</dd>
        {summary.nextAttemptAt && (
          <>
            <dt>{t('adminMessages.log.nextAttempt')}</dt>
            <dd>{stamp(summary.nextAttemptAt)}</dd>
          </>
        )}
        {summary.appointmentId && (
          <>
            <dt>{t('adminMessages.detail.appointment')}</dt>
            <dd className="message-card__address">{summary.appointmentId}</dd>
          </>
        )}
        {summary.patientId && (
          <>
            <dt>{t('adminMessages.detail.patient')}</dt>
            <dd className="message-card__address">{summary.patientId}</dd>
          </>
        )}
        {details.providerMessageId && (
          <>
            <dt>{t('adminMessages.detail.providerId')}</dt>
            <dd className="message-card__address">{details.providerMessageId}</dd>
          </>
        )}
      </dl>

      {summary.lastError && (
        <div className="notice notice--error message-dialog__error">
          <h3>{t('adminMessages.detail.errorHeading')}</h3>
          <p lang="en">{summary.lastError}</p>
        </div>
      )}
      {summary.status === 'Failed' && <p className="muted">{t('adminMessages.log.autoRetry')}</p>}

      <div role="status" className="appointment-dialog__result">
        {result}
      </div>
      {failure && (
        <div role="alert" className="notice notice--error">
          <p>{failure.message}</p>
          {failure.detail && <p lang="en">{failure.detail}</p>}
        </div>
      )}
      {canRetry && summary.status === 'Dead' && (
        <div className="appointment-actions">
          <button type="button" className="button" disabled={retry.isPending} onClick={() => void retryNow()}>
            {retry.isPending ? t('adminMessages.log.retrying') : t('adminMessages.log.retry')}
          </button>
        </div>
      )}

      {details.contentRedacted && <p className="notice">{t('adminMessages.detail.redacted')}</p>}
      {details.calendarFile && <p>{t('adminMessages.detail.calendar')}</p>}
      <h3>{t('adminMessages.detail.text')}</h3>
      <pre className="message-body" lang={summary.language}>
        {details.textBody}
      </pre>
      {details.htmlBody && (
        <>
          <button type="button" className="button button--secondary" aria-expanded={showHtml} onClick={() => setShowHtml(!showHtml)}>
            {showHtml ? t('adminMessages.detail.hideHtml') : t('adminMessages.detail.showHtml')}
          </button>
          {/* An empty sandbox: the email's HTML can neither run scripts nor reach this page. Drawn on request only. */}
          {showHtml && <iframe className="message-html" title={t('adminMessages.detail.html')} sandbox="" srcDoc={details.htmlBody} />}
        </>
      )}
    </>
  );
}
