import { useId, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { NotificationMessageSummary } from '../../api';
import { useTranslation } from '../../i18n';
import { LogFilters, readChannel, readView, type Filter } from './LogFilters';
import { MessageCard } from './MessageCard';
import { MessageDialog } from './MessageDialog';
import { logPageSize, useDeliveryLog, useRetryMessage } from './queries';
import { retryFailed, retrySucceeded } from './retryOutcome';

interface Props {
  /** Admins may retry; everyone else reads (the API answers 403 to them). */
  canRetry: boolean;
  zone: string;
}

/** The delivery log, "needs attention" first: failed and dead messages, with a way to send the dead again. */
export function DeliveryLog({ canRetry, zone }: Props) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  // Filters live in the address, so a reload or a shared link shows the same messages.
  const [params, setParams] = useSearchParams();
  const view = readView(params.get('view'));
  const channel = readChannel(params.get('channel'));
  const recipient = params.get('recipient')?.trim() || undefined;
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '', 10) || 0);
  const [openId, setOpenId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState<{ message: string; detail?: string | null } | null>(null);
  const log = useDeliveryLog({ view, channel, recipient, page });
  const retry = useRetryMessage();
  const heading = useRef<HTMLHeadingElement>(null);

  function setFilter(next: Filter & { page?: number }) {
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
      <LogFilters filter={{ view, channel, recipient }} onChange={setFilter} />

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
