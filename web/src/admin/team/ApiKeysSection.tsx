import { useEffect, useId, useRef, useState } from 'react';
import type { ApiKeyResponse, CreatedApiKey } from '../../api';
import { problemOf } from '../../api/problems';
import { FormAlert } from '../../forms/FormMessages';
import { useTranslation } from '../../i18n';
import { formatStamp } from '../../lib/format';
import { ConfirmStep } from './ConfirmStep';
import { CreateKeyForm } from './CreateKeyForm';
import { apiScopes, scopeKeys, useApiKeys, useRevokeApiKey, type ApiScope } from './queries';

/** Keys that let another system (a CRM, a website) call the API within the scopes granted to it. */
export function ApiKeysSection({ zone }: { zone: string }) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  const keys = useApiKeys(true);
  const [announcement, setAnnouncement] = useState('');
  const [created, setCreated] = useState<CreatedApiKey | null>(null);

  return (
    <section aria-labelledby={headingId} className="team-section">
      <h2 id={headingId}>{t('adminTeam.keys.heading')}</h2>
      <p>{t('adminTeam.keys.intro')}</p>
      <p role="status" className="team-announcement">
        {announcement}
      </p>
      {created && (
        <NewKey
          created={created}
          onDismiss={() => {
            setCreated(null);
            setAnnouncement(t('adminTeam.keys.dismissed'));
          }}
        />
      )}
      {keys.isError ? (
        <FormAlert>
          <p>{t('adminTeam.keys.loadFailed')}</p>
          <button type="button" className="button button--secondary" onClick={() => void keys.refetch()}>
            {t('adminTeam.retry')}
          </button>
        </FormAlert>
      ) : keys.isPending ? (
        <p role="status">{t('adminTeam.keys.loading')}</p>
      ) : keys.data.length === 0 ? (
        <p>{t('adminTeam.keys.empty')}</p>
      ) : (
        <ul className="team-list">
          {keys.data.map((key) => (
            <li key={key.id}>
              <ApiKeyCard apiKey={key} zone={zone} onRevoked={setAnnouncement} />
            </li>
          ))}
        </ul>
      )}
      <CreateKeyForm
        onCreated={(result) => {
          setAnnouncement('');
          setCreated(result);
        }}
      />
    </section>
  );
}

function useScopeName() {
  const { t } = useTranslation('staff');
  return (scope: string) => (apiScopes.includes(scope as ApiScope) ? t(`adminTeam.scopes.${scopeKeys[scope as ApiScope]}`) : scope);
}

/** The key itself, this once: the API keeps only its hash. */
function NewKey({ created, onDismiss }: { created: CreatedApiKey; onDismiss: () => void }) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  const inputId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState('');
  useEffect(() => headingRef.current?.focus(), [created]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.key);
      setCopied(t('adminTeam.keys.copied'));
    } catch {
      setCopied(t('adminTeam.keys.copyFailed'));
    }
  };

  return (
    <div className="team-new-key notice notice--success" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('adminTeam.keys.newHeading', { name: created.apiKey.name })}
      </h3>
      <p>
        <strong>{t('adminTeam.keys.storeNow')}</strong>
      </p>
      <div className="field">
        <label htmlFor={inputId}>{t('adminTeam.keys.keyLabel')}</label>
        <input id={inputId} className="team-new-key__value" readOnly value={created.key} spellCheck={false} onFocus={(event) => event.target.select()} />
      </div>
      <p className="field__hint">{t('adminTeam.keys.howToUse')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('adminTeam.keys.copy')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDismiss}>
          {t('adminTeam.keys.stored')}
        </button>
      </div>
      <p role="status">{copied}</p>
    </div>
  );
}

function ApiKeyCard({ apiKey, zone, onRevoked }: { apiKey: ApiKeyResponse; zone: string; onRevoked: (message: string) => void }) {
  const { t, i18n } = useTranslation('staff');
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string>();
  const revoke = useRevokeApiKey();
  const revokeButton = useRef<HTMLButtonElement>(null);
  const scopeName = useScopeName();
  const stamp = (iso: string) => formatStamp(iso, zone, i18n.language);

  const confirmRevoke = async () => {
    setFailure(undefined);
    try {
      await revoke.mutateAsync(apiKey.id);
      setConfirming(false);
      onRevoked(t('adminTeam.keys.revoked', { name: apiKey.name }));
    } catch (error) {
      setFailure(problemOf(error).status === 404 ? t('adminTeam.keys.gone') : t('errors.unexpected'));
    }
  };

  return (
    <article className={`team-card${apiKey.revokedAt ? ' team-card--inactive' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{apiKey.name}</h3>
      <dl className="team-card__facts">
        <dt>{t('adminTeam.keys.prefix')}</dt>
        <dd>
          <code>{apiKey.prefix}…</code>
        </dd>
        <dt>{t('adminTeam.keys.scopes')}</dt>
        <dd>{apiKey.scopes.map((scope) => scopeName(scope)).join(', ')}</dd>
        <dt>{t('adminTeam.keys.created')}</dt>
        <dd>{t('adminTeam.keys.createdBy', { when: stamp(apiKey.createdAt), who: apiKey.createdBy })}</dd>
        <dt>{t('adminTeam.keys.lastUsed')}</dt>
        <dd>{apiKey.lastUsedAt ? stamp(apiKey.lastUsedAt) : t('adminTeam.keys.neverUsed')}</dd>
        <dt>{t('adminTeam.keys.status')}</dt>
        <dd>{apiKey.revokedAt ? t('adminTeam.keys.revokedAt', { when: stamp(apiKey.revokedAt) }) : t('adminTeam.keys.active')}</dd>
      </dl>
      <FormAlert>{failure}</FormAlert>
      {!apiKey.revokedAt && !confirming && (
        <button ref={revokeButton} type="button" className="button button--secondary" aria-describedby={headingId} onClick={() => setConfirming(true)}>
          {t('adminTeam.keys.revoke')}
        </button>
      )}
      {confirming && (
        <ConfirmStep
          heading={t('adminTeam.keys.confirmHeading', { name: apiKey.name })}
          confirmLabel={t('adminTeam.keys.confirmRevoke')}
          busyLabel={t('adminTeam.keys.revoking')}
          cancelLabel={t('adminTeam.cancel')}
          busy={revoke.isPending}
          onConfirm={() => void confirmRevoke()}
          onCancel={() => {
            setConfirming(false);
            requestAnimationFrame(() => revokeButton.current?.focus());
          }}
        >
          <p>{t('adminTeam.keys.confirmIntro')}</p>
        </ConfirmStep>
      )}
    </article>
  );
}
