import type { NotificationMessageSummary } from '../../api';
import { useTranslation } from '../../i18n';
import { formatStamp } from '../../lib/format';

interface CardProps {
  message: NotificationMessageSummary;
  zone: string;
  canRetry: boolean;
  busy: boolean;
  onOpen: () => void;
  onRetry: () => void;
}

/** One message of the delivery log: what, to whom, when, how it went, and what staff can do about it. */
export function MessageCard({ message, zone, canRetry, busy, onOpen, onRetry }: CardProps) {
  const { t, i18n } = useTranslation('staff');
  const locale = i18n.language;
  const about = t('adminMessages.log.about', { type: t(`adminMessages.types.${message.type}`), recipient: message.recipientName ?? message.recipient });

  return (
    <li className={`message-card message-card--${message.status}`}>
      <div className="message-card__head">
        <h3 className="message-card__title">
          {t(`adminMessages.types.${message.type}`)} · {t(`adminMessages.channels.${message.channel}`)}
        </h3>
        <span className={`status-badge message-status message-status--${message.status}`}>{t(`adminMessages.status.${message.status}`)}</span>
      </div>
      <p className="message-card__recipient">
        {t('adminMessages.log.to')}: {message.recipientName && <strong>{message.recipientName} </strong>}
        <span className="message-card__address">{message.recipient}</span>
      </p>
      {(message.subject ?? message.smsText) && <p className="message-card__subject">{message.subject ?? message.smsText}</p>}
      <dl className="message-facts">
        <dt>{t('adminMessages.log.created')}</dt>
        <dd>{formatStamp(message.createdAt, zone, locale)}</dd>
        {Date.parse(message.sendAt) > Date.parse(message.createdAt) && (
          <>
            <dt>{t('adminMessages.log.sendAt')}</dt>
            <dd>{formatStamp(message.sendAt, zone, locale)}</dd>
          </>
        )}
        {message.sentAt && (
          <>
            <dt>{t('adminMessages.log.sent')}</dt>
            <dd>{formatStamp(message.sentAt, zone, locale)}</dd>
          </>
        )}
        <dt>{t('adminMessages.log.attempts')}</dt>
        <dd>{message.attempts}</dd>
        {message.nextAttemptAt && (
          <>
            <dt>{t('adminMessages.log.nextAttempt')}</dt>
            <dd>{formatStamp(message.nextAttemptAt, zone, locale)}</dd>
          </>
        )}
      </dl>
      {message.lastError && (
        <p className="message-card__error">
          <strong>{t('adminMessages.log.lastError')}:</strong> <span lang="en">{message.lastError}</span>
        </p>
      )}
      {message.status === 'Failed' && <p className="muted">{t('adminMessages.log.autoRetry')}</p>}
      <div className="message-card__actions">
        <button type="button" className="button button--secondary" onClick={onOpen}>
          {t('adminMessages.log.details')}
          <span className="visually-hidden">: {about}</span>
        </button>
        {canRetry && message.status === 'Dead' && (
          <button type="button" className="button" disabled={busy} onClick={onRetry}>
            {t('adminMessages.log.retry')}
            <span className="visually-hidden">: {about}</span>
          </button>
        )}
      </div>
    </li>
  );
}
