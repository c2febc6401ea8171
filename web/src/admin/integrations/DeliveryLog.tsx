import { useId, useState } from 'react';
import type { WebhookDeliveryResponse, WebhookDeliveryStatus } from '../../api';
import { problemOf } from '../../api/problems';
import { FormAlert } from '../../forms/FormMessages';
import { useTranslation } from '../../i18n';
import { formatStamp } from '../../lib/format';
import { deliveryPageSize, deliveryStatuses, useRedeliverWebhook, useWebhookDeliveries } from './queries';

/** Every event sent (or waiting) per subscription, newest first, with what the receiver answered; any can be sent again. */
export function DeliveryLog({ zone }: { zone: string }) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  const statusId = useId();
  const [status, setStatus] = useState<WebhookDeliveryStatus | undefined>();
  const [skip, setSkip] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const deliveries = useWebhookDeliveries(status, skip);

  return (
    <section aria-labelledby={headingId} className="team-section">
      <h2 id={headingId}>{t('adminIntegrations.log.heading')}</h2>
      <div className="webhook-filters">
        <div className="field">
          <label htmlFor={statusId}>{t('adminIntegrations.log.status')}</label>
          <select
            id={statusId}
            value={status ?? ''}
            onChange={(event) => {
              setStatus((event.target.value || undefined) as WebhookDeliveryStatus | undefined);
              setSkip(0);
            }}
          >
            <option value="">{t('adminIntegrations.log.allStatuses')}</option>
            {deliveryStatuses.map((value) => (
              <option key={value} value={value}>
                {t(`adminIntegrations.statuses.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button--secondary" onClick={() => void deliveries.refetch()}>
          {t('adminIntegrations.log.refresh')}
        </button>
      </div>
      <p role="status" className="team-announcement">
        {announcement}
      </p>
      {deliveries.isError ? (
        <FormAlert>
          <p>{t('adminIntegrations.log.loadFailed')}</p>
          <button type="button" className="button button--secondary" onClick={() => void deliveries.refetch()}>
            {t('adminTeam.retry')}
          </button>
        </FormAlert>
      ) : deliveries.isPending ? (
        <p role="status">{t('adminIntegrations.loading')}</p>
      ) : deliveries.data.items.length === 0 ? (
        <p>{t('adminIntegrations.log.empty')}</p>
      ) : (
        <>
          <ul className="webhook-log">
            {deliveries.data.items.map((delivery) => (
              <li key={delivery.id} className="webhook-log__item">
                <DeliveryItem delivery={delivery} zone={zone} onAnnounce={setAnnouncement} />
              </li>
            ))}
          </ul>
          <div className="button-row">
            <button type="button" className="button button--secondary" disabled={skip === 0} onClick={() => setSkip(Math.max(0, skip - deliveryPageSize))}>
              {t('adminIntegrations.log.newer')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={skip + deliveryPageSize >= deliveries.data.total}
              onClick={() => setSkip(skip + deliveryPageSize)}
            >
              {t('adminIntegrations.log.older')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function DeliveryItem({ delivery, zone, onAnnounce }: { delivery: WebhookDeliveryResponse; zone: string; onAnnounce: (message: string) => void }) {
  const { t, i18n } = useTranslation('staff');
  const headingId = useId();
  const [failure, setFailure] = useState<string>();
  const redeliver = useRedeliverWebhook();
  const stamp = (iso: string) => formatStamp(iso, zone, i18n.language);

  const send = async () => {
    setFailure(undefined);
    try {
      await redeliver.mutateAsync(delivery.id);
      onAnnounce(t('adminIntegrations.log.requeued', { event: delivery.eventType, name: delivery.subscriptionName }));
    } catch (error) {
      const problem = problemOf(error);
      setFailure(problem.status === 409 ? (problem.detail ?? t('errors.unexpected')) : problem.status === 404 ? t('adminIntegrations.gone') : t('errors.unexpected'));
    }
  };

  return (
    <>
      <h3 id={headingId} className="webhook-log__title">
        <code>{delivery.eventType}</code> → {delivery.subscriptionName}
      </h3>
      <dl>
        <dt>{t('adminIntegrations.log.status')}</dt>
        <dd>{t(`adminIntegrations.statuses.${delivery.status}`)}</dd>
        <dt>{t('adminIntegrations.log.attempts')}</dt>
        <dd>{delivery.attempts}</dd>
        <dt>{t('adminIntegrations.log.response')}</dt>
        <dd>{delivery.lastResponseStatus ?? t('adminIntegrations.log.noResponse')}</dd>
        {delivery.lastError && (
          <>
            <dt>{t('adminIntegrations.log.error')}</dt>
            <dd>{delivery.lastError}</dd>
          </>
        )}
        <dt>{t('adminIntegrations.log.queued')}</dt>
        <dd>{stamp(delivery.createdAt)}</dd>
        {delivery.nextAttemptAt && (
          <>
            <dt>{t('adminIntegrations.log.next')}</dt>
            <dd>{stamp(delivery.nextAttemptAt)}</dd>
          </>
        )}
        <dt>{t('adminIntegrations.log.messageId')}</dt>
        <dd>
          <code>{delivery.messageId}</code>
        </dd>
      </dl>
      <FormAlert>{failure}</FormAlert>
      {delivery.status !== 'Sending' && (
        <button type="button" className="button button--secondary" aria-describedby={headingId} disabled={redeliver.isPending} onClick={() => void send()}>
          {t('adminIntegrations.log.redeliver')}
        </button>
      )}
    </>
  );
}
