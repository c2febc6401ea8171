import { useId, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { MessageChannel, MessageStatus, NotificationMessageSummary } from '../../api';
import { useTranslation } from '../../i18n';
import { formatStamp } from '../../lib/format';
import { MessageDialog } from './MessageDialog';
import { logPageSize, useDeliveryLog, useRetryMessage, type LogView } from './queries';
import { retryFailed, retrySucceeded } from './retryOutcome';

const statuses: MessageStatus[] = ['Queued', 'Sending', 'Sent', 'Failed', 'Dead', 'Cancelled'];
const channels: MessageChannel[] = ['Email', 'Sms'];

function readView(value: string | null): LogView {
  return value === 'all' || statuses.includes(value as MessageStatus) ? (value as LogView) : 'attention';
}

interface Props {
  /** Admins may retry; everyone else reads (the API answers 403 to them). */
  canRetry: boolean;
  zone: string;
}

/** The delivery log, "needs attention" first: failed and dead messages, with a way to send the dead again. */
export function DeliveryLog({ canRetry, zone }: Props) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  const viewId = useId();
  const channelId = useId();
  const recipientId = useId();
  // Filters live in the address, so a reload or a shared link shows the same messages.
  const [params, setParams] = useSearchParams();
  const view = readView(params.get('view'));
  const channel = channels.find((c) => c === params.get('channel'));
  const recipient = params.get('recipient')?.trim() || undefined;
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '', 10) || 0);
  const [recipientInput, setRecipientInput] = useState(recipient ?? '');
  const [openId, setOpenId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState<{ message: string; detail?: string | null } | null>(null);
  const log = useDeliveryLog({ view, channel, recipient, page });
  const retry = useRetryMessage();
  const heading = useRef<HTMLHeadingElement>(null);

  function setFilter(next: { view: string; channel: string | undefined; recipient?: string; page?: number }) {
    const search = new URLSearchParams();
    if (next.view !== 'attention') search.set('view', next.view);
    if (next.channel) search.set('channel', next.channel);
    if (next.recipient?.trim()) search.set('recipient', next.recipient.trim());
    if (next.page) search.set('page', String(next.page));
    setParams(search, { replace: true });
  }

  async function retryNow(message: NotificationMessageSummary) {
    setAnnouncement('');
    setFailure(null);
    try {
      setAnnouncement(retrySucceeded(t, await retry.mutateAsync(message.id)));
    } catch (caught) {
      setFailure(retryFailed(t, caught));
    }
    // The button pressed usually leaves the list with its message: keep focus in the section.
    heading.current?.focus();
  }

  const items = log.data?.items ?? [];
  const total = log.data?.total ?? 0;
  const paged = view !== 'attention';
  const first = page * logPageSize;

  return (
    <section className="messages-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('adminMessages.log.heading')}
      </h2>
      <div className="messages-filters">
        <div className="field">
          <label htmlFor={viewId}>{t('adminMessages.log.view')}</label>
          <select
            id={viewId}
            value={view}
            onChange={(event) => setFilter({ view: event.target.value, channel, recipient })}
          >
            <option value="attention">{t('adminMessages.log.views.attention')}</option>
            <option value="all">{t('adminMessages.log.views.all')}</option>
            {statuses.map((status) => (
              <option key={status} value={status}>
                {t(`adminMessages.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={channelId}>{t('adminMessages.log.channel')}</label>
          <select
            id={channelId}
            value={channel ?? ''}
            onChange={(event) => setFilter({ view, channel: event.target.value || undefined, recipient })}
          >
            <option value="">{t('adminMessages.log.allChannels')}</option>
            {channels.map((c) => (
              <option key={c} value={c}>
                {t(`adminMessages.channels.${c}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <form
        role="search"
        className="messages-filters messages-search"
        aria-label={t('adminMessages.log.searchLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          setFilter({ view, channel, recipient: recipientInput });
        }}
      >
        <div className="field">
          <label htmlFor={recipientId}>{t('adminMessages.log.recipient')}</label>
          <input
            id={recipientId}
            type="search"
            autoComplete="off"
            maxLength={320}
            value={recipientInput}
            onChange={(event) => setRecipientInput(event.target.value)}
          />
        </div>
        <button type="submit" className="button button--secondary">
          {t('adminMessages.log.search')}
        </button>
      </form>

      <div role="status" className="messages-announcement">
        {announcement}
      </div>
      {failure && (
        <div role="alert" className="notice notice--error">
          <p>{failure.message}</p>
          {failure.detail && <p lang="en">{failure.detail}</p>}
        </div>
      )}

      {log.isPending && <p role="status">{t('adminMessages.log.loading')}</p>}
      {log.isError && (
        <div role="alert" className="notice notice--error">
          <p>{t('adminMessages.log.error')}</p>
          <button type="button" className="button button--secondary" onClick={() => void log.refetch()}>
            {t('adminMessages.log.retryLoad')}
          </button>
        </div>
      )}
      {log.isSuccess && items.length === 0 && (
        <p className="notice">{view === 'attention' ? t('adminMessages.log.allClear') : t('adminMessages.log.empty')}</p>
      )}
      {items.length > 0 && (
        <>
          <p className="muted" aria-live="polite">
            {paged
              ? t('adminMessages.log.showing', { from: first + 1, to: first + items.length, total })
              : t('adminMessages.log.count', { count: total })}
          </p>
          <ul className="message-list" aria-label={t('adminMessages.log.listLabel')} aria-busy={log.isFetching}>
            {items.map((message) => (
              <MessageCard
                key={message.id}
                message={message}
                zone={zone}
                canRetry={canRetry}
                busy={retry.isPending}
                onOpen={() => setOpenId(message.id)}
                onRetry={() => void retryNow(message)}
              />
            ))}
          </ul>
          {paged && total > logPageSize && (
            <div className="messages-pager">
              <button type="button" className="button button--secondary" disabled={page === 0} onClick={() => setFilter({ view, channel, recipient, page: page - 1 })}>
                {t('adminMessages.log.previous')}
              </button>
              <button type="button" className="button button--secondary" disabled={first + logPageSize >= total} onClick={() => setFilter({ view, channel, recipient, page: page + 1 })}>
                {t('adminMessages.log.next')}
              </button>
            </div>
          )}
        </>
      )}

      {openId && <MessageDialog messageId={openId} zone={zone} canRetry={canRetry} onClose={() => setOpenId(null)} />}
    </section>
  );
}

interface CardProps {
  message: NotificationMessageSummary;
  zone: string;
  canRetry: boolean;
  busy: boolean;
  onOpen: () => void;
  onRetry: () => void;
}

function MessageCard({ message, zone, canRetry, busy, onOpen, onRetry }: CardProps) {
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
