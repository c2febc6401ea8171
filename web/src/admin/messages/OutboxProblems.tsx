import { useId, useRef, useState } from 'react';
import type { OutboxMessageStatus, OutboxMessageView } from '../../api';
import { problemOf } from '../../api/problems';
import { useTranslation } from '../../i18n';
import { formatStamp } from '../../lib/format';
import { useOutbox, useRetryOutbox, type OutboxView } from './queries';

const statuses: OutboxMessageStatus[] = ['Pending', 'Retrying', 'Delivered', 'DeadLettered'];

/** Integration events that are retrying or stopped, per module, with a way to redeliver the stopped ones (Admin only). */
export function OutboxProblems({ isAdmin, zone }: { isAdmin: boolean; zone: string }) {
  const { t, i18n } = useTranslation('staff');
  const headingId = useId();
  const viewId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [view, setView] = useState<OutboxView>('problems');
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState('');
  const outbox = useOutbox(view, isAdmin);
  const retry = useRetryOutbox();
  const forbidden = !isAdmin || problemOf(outbox.error).status === 403;

  async function retryNow(event: OutboxMessageView) {
    setAnnouncement('');
    setFailure('');
    try {
      await retry.mutateAsync(event);
      setAnnouncement(t('adminMessages.outbox.retried', { type: event.type }));
    } catch (caught) {
      setFailure(problemOf(caught).status === 404 ? t('adminMessages.outbox.retryMissing') : t('adminMessages.outbox.retryFailed'));
    }
    heading.current?.focus();
  }

  const stamp = (iso: string) => formatStamp(iso, zone, i18n.language);
  const events = outbox.data ?? [];

  return (
    <section className="messages-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('adminMessages.outbox.heading')}
      </h2>
      <p>{t('adminMessages.outbox.intro')}</p>
      {forbidden ? (
        <p className="notice">{t('adminMessages.adminOnly')}</p>
      ) : (
        <>
          <div className="messages-filters">
            <div className="field">
              <label htmlFor={viewId}>{t('adminMessages.outbox.view')}</label>
              <select id={viewId} value={view} onChange={(event) => setView(event.target.value as OutboxView)}>
                <option value="problems">{t('adminMessages.outbox.views.problems')}</option>
                {statuses.map((status) => (
                  <option key={status} value={status}>
                    {t(`adminMessages.outbox.views.${status}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div role="status" className="messages-announcement">
            {announcement}
          </div>
          {failure && (
            <p role="alert" className="notice notice--error">
              {failure}
            </p>
          )}
          {outbox.isPending && <p role="status">{t('adminMessages.outbox.loading')}</p>}
          {outbox.isError && (
            <div role="alert" className="notice notice--error">
              <p>{t('adminMessages.outbox.error')}</p>
              <button type="button" className="button button--secondary" onClick={() => void outbox.refetch()}>
                {t('adminMessages.log.retryLoad')}
              </button>
            </div>
          )}
          {outbox.isSuccess && events.length === 0 && (
            <p className="notice">{view === 'problems' ? t('adminMessages.outbox.allClear') : t('adminMessages.outbox.empty')}</p>
          )}
          {events.length > 0 && (
            <ul className="message-list" aria-label={t('adminMessages.outbox.listLabel')} aria-busy={outbox.isFetching}>
              {events.map((event) => (
                <li key={`${event.module}-${event.id}`} className={`message-card message-card--${event.status}`}>
                  <div className="message-card__head">
                    <h3 className="message-card__title">
                      <span className="message-card__address">{event.type}</span>
                    </h3>
                    <span className={`status-badge message-status message-status--${event.status}`}>{t(`adminMessages.outbox.status.${event.status}`)}</span>
                  </div>
                  <dl className="message-facts">
                    <dt>{t('adminMessages.outbox.module')}</dt>
                    <dd>{event.module}</dd>
                    <dt>{t('adminMessages.outbox.occurred')}</dt>
                    <dd>{stamp(event.occurredAt)}</dd>
                    <dt>{t('adminMessages.outbox.attempts')}</dt>
                    <dd>{event.attempts}</dd>
                    {event.status === 'Retrying' || event.status === 'Pending' ? (
                      <>
                        <dt>{t('adminMessages.outbox.nextAttempt')}</dt>
                        <dd>{stamp(event.nextAttemptAt)}</dd>
                      </>
                    ) : null}
                    {event.deadLetteredAt && (
                      <>
                        <dt>{t('adminMessages.outbox.deadLettered')}</dt>
                        <dd>{stamp(event.deadLetteredAt)}</dd>
                      </>
                    )}
                  </dl>
                  {event.lastError && (
                    <p className="message-card__error">
                      <strong>{t('adminMessages.outbox.lastError')}:</strong> <span lang="en">{event.lastError}</span>
                    </p>
                  )}
                  {event.status === 'DeadLettered' && (
                    <div className="message-card__actions">
                      <button type="button" className="button" disabled={retry.isPending} onClick={() => void retryNow(event)}>
                        {t('adminMessages.outbox.retry')}
                        <span className="visually-hidden">
                          : {event.type} · {event.module}
                        </span>
                      </button>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
