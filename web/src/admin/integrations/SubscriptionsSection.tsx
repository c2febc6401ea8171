import { useEffect, useId, useRef, useState } from 'react';
import type { WebhookSubscriptionResponse } from '../../api';
import { problemOf } from '../../api/problems';
import { FormAlert } from '../../forms/FormMessages';
import { useTranslation } from '../../i18n';
import { formatStamp } from '../../lib/format';
import { CreateWebhookForm } from './CreateWebhookForm';
import { useRotateWebhookSecret, useSetWebhookEnabled, useWebhookSubscriptions } from './queries';

/** A secret shown once: after a creation or a rotation. */
interface ShownSecret {
  name: string;
  secret: string;
}

export function SubscriptionsSection({ zone }: { zone: string }) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  const subscriptions = useWebhookSubscriptions();
  const [announcement, setAnnouncement] = useState('');
  const [shown, setShown] = useState<ShownSecret | null>(null);

  return (
    <section aria-labelledby={headingId} className="team-section">
      <h2 id={headingId}>{t('adminIntegrations.subscriptions.heading')}</h2>
      <p>{t('adminIntegrations.subscriptions.intro')}</p>
      <p role="status" className="team-announcement">
        {announcement}
      </p>
      {shown && (
        <NewSecret
          shown={shown}
          onDismiss={() => {
            setShown(null);
            setAnnouncement(t('adminIntegrations.secret.dismissed'));
          }}
        />
      )}
      {subscriptions.isError ? (
        <FormAlert>
          <p>{t('adminIntegrations.subscriptions.loadFailed')}</p>
          <button type="button" className="button button--secondary" onClick={() => void subscriptions.refetch()}>
            {t('adminTeam.retry')}
          </button>
        </FormAlert>
      ) : subscriptions.isPending ? (
        <p role="status">{t('adminIntegrations.loading')}</p>
      ) : subscriptions.data.length === 0 ? (
        <p>{t('adminIntegrations.subscriptions.empty')}</p>
      ) : (
        <ul className="team-list">
          {subscriptions.data.map((subscription) => (
            <li key={subscription.id}>
              <SubscriptionCard subscription={subscription} zone={zone} onAnnounce={setAnnouncement} onSecret={setShown} />
            </li>
          ))}
        </ul>
      )}
      <CreateWebhookForm
        onCreated={(created) => {
          setAnnouncement('');
          setShown({ name: created.subscription.name, secret: created.secret });
        }}
      />
    </section>
  );
}

/** The signing secret, this once: the receiver verifies the webhook-signature header with it. */
function NewSecret({ shown, onDismiss }: { shown: ShownSecret; onDismiss: () => void }) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  const inputId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState('');
  useEffect(() => headingRef.current?.focus(), [shown]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shown.secret);
      setCopied(t('adminTeam.keys.copied'));
    } catch {
      setCopied(t('adminTeam.keys.copyFailed'));
    }
  };

  return (
    <div className="team-new-key notice notice--success" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('adminIntegrations.secret.heading', { name: shown.name })}
      </h3>
      <p>
        <strong>{t('adminIntegrations.secret.storeNow')}</strong>
      </p>
      <div className="field">
        <label htmlFor={inputId}>{t('adminIntegrations.secret.label')}</label>
        <input id={inputId} className="team-new-key__value" readOnly value={shown.secret} spellCheck={false} onFocus={(event) => event.target.select()} />
      </div>
      <p className="field__hint">{t('adminIntegrations.secret.howToUse')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('adminIntegrations.secret.copy')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDismiss}>
          {t('adminIntegrations.secret.stored')}
        </button>
      </div>
      <p role="status">{copied}</p>
    </div>
  );
}

const overlapChoices = [24, 72, 0] as const;

function SubscriptionCard({
  subscription,
  zone,
  onAnnounce,
  onSecret,
}: {
  subscription: WebhookSubscriptionResponse;
  zone: string;
  onAnnounce: (message: string) => void;
  onSecret: (shown: ShownSecret) => void;
}) {
  const { t, i18n } = useTranslation('staff');
  const headingId = useId();
  const overlapId = useId();
  const [rotating, setRotating] = useState(false);
  const [overlap, setOverlap] = useState<number>(24);
  const [failure, setFailure] = useState<string>();
  const rotate = useRotateWebhookSecret();
  const setEnabled = useSetWebhookEnabled();
  const rotateButton = useRef<HTMLButtonElement>(null);
  const stamp = (iso: string) => formatStamp(iso, zone, i18n.language);
  const failed = (error: unknown) => setFailure(problemOf(error).status === 404 ? t('adminIntegrations.gone') : t('errors.unexpected'));

  const confirmRotate = async () => {
    setFailure(undefined);
    try {
      const rotated = await rotate.mutateAsync({ id: subscription.id, hours: overlap });
      setRotating(false);
      onSecret({ name: subscription.name, secret: rotated.secret });
    } catch (error) {
      failed(error);
    }
  };

  const toggle = async () => {
    setFailure(undefined);
    try {
      const updated = await setEnabled.mutateAsync({ id: subscription.id, enabled: !subscription.isEnabled });
      onAnnounce(t(updated.isEnabled ? 'adminIntegrations.subscriptions.enabledNow' : 'adminIntegrations.subscriptions.disabledNow', { name: subscription.name }));
    } catch (error) {
      failed(error);
    }
  };

  return (
    <article className={`team-card${subscription.isEnabled ? '' : ' team-card--inactive'}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{subscription.name}</h3>
      <dl className="team-card__facts">
        <dt>{t('adminIntegrations.subscriptions.url')}</dt>
        <dd>
          <code>{subscription.url}</code>
        </dd>
        <dt>{t('adminIntegrations.subscriptions.events')}</dt>
        <dd>{subscription.eventTypes.join(', ')}</dd>
        <dt>{t('adminIntegrations.subscriptions.status')}</dt>
        <dd>
          {subscription.isEnabled
            ? t('adminIntegrations.subscriptions.enabled')
            : t('adminIntegrations.subscriptions.disabled', { when: subscription.disabledAt ? stamp(subscription.disabledAt) : '' })}
          {!subscription.isEnabled && subscription.disabledReason && <span className="team-card__reason"> — {subscription.disabledReason}</span>}
        </dd>
        <dt>{t('adminIntegrations.subscriptions.secret')}</dt>
        <dd>
          <code>{subscription.secretHint}</code>
          {subscription.previousSecretExpiresAt && <> {t('adminIntegrations.subscriptions.overlapUntil', { when: stamp(subscription.previousSecretExpiresAt) })}</>}
        </dd>
        <dt>{t('adminIntegrations.subscriptions.health')}</dt>
        <dd>
          {subscription.consecutiveFailures > 0
            ? t('adminIntegrations.subscriptions.failing', { count: subscription.consecutiveFailures, error: subscription.lastError ?? '' })
            : subscription.lastSuccessAt
              ? t('adminIntegrations.subscriptions.lastSuccess', { when: stamp(subscription.lastSuccessAt) })
              : t('adminIntegrations.subscriptions.nothingYet')}
        </dd>
        <dt>{t('adminTeam.keys.created')}</dt>
        <dd>{t('adminTeam.keys.createdBy', { when: stamp(subscription.createdAt), who: subscription.createdBy })}</dd>
      </dl>
      <FormAlert>{failure}</FormAlert>
      {!rotating && (
        <div className="button-row">
          <button ref={rotateButton} type="button" className="button button--secondary" aria-describedby={headingId} onClick={() => setRotating(true)}>
            {t('adminIntegrations.subscriptions.rotate')}
          </button>
          <button type="button" className="button button--secondary" aria-describedby={headingId} disabled={setEnabled.isPending} onClick={() => void toggle()}>
            {subscription.isEnabled ? t('adminIntegrations.subscriptions.disable') : t('adminIntegrations.subscriptions.enable')}
          </button>
        </div>
      )}
      {rotating && (
        <div className="team-confirm" role="group" aria-labelledby={`${overlapId}-heading`}>
          <h4 id={`${overlapId}-heading`}>{t('adminIntegrations.rotate.heading', { name: subscription.name })}</h4>
          <div className="field">
            <label htmlFor={overlapId}>{t('adminIntegrations.rotate.overlap')}</label>
            <select id={overlapId} value={overlap} onChange={(event) => setOverlap(Number(event.target.value))} autoFocus>
              {overlapChoices.map((hours) => (
                <option key={hours} value={hours}>
                  {hours === 0 ? t('adminIntegrations.rotate.now') : t('adminIntegrations.rotate.hours', { count: hours })}
                </option>
              ))}
            </select>
            <p className="field__hint">{t('adminIntegrations.rotate.hint')}</p>
          </div>
          <div className="button-row">
            <button type="button" className="button" disabled={rotate.isPending} aria-busy={rotate.isPending} onClick={() => void confirmRotate()}>
              {rotate.isPending ? t('adminTeam.saving') : t('adminIntegrations.rotate.confirm')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={rotate.isPending}
              onClick={() => {
                setRotating(false);
                requestAnimationFrame(() => rotateButton.current?.focus());
              }}
            >
              {t('adminTeam.cancel')}
            </button>
          </div>
        </div>
      )}
    </article>
  );
}
