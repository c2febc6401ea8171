import { useEffect, useId, useRef, useState } from 'react';
import * as z from 'zod/mini';
import type { ApiKeyResponse, CreatedApiKey } from '../../api';
import { problemOf } from '../../api/problems';
import { applyFieldErrors, useFieldErrors } from '../../forms/errors';
import { FormAlert, SubmitButton } from '../../forms/FormMessages';
import { requiredText } from '../../forms/rules';
import { TextField } from '../../forms/TextField';
import { useZodForm } from '../../forms/useZodForm';
import { useTranslation } from '../../i18n';
import { formatStamp } from '../../lib/format';
import { ConfirmStep } from './ConfirmStep';
import { apiScopes, scopeKeys, useApiKeys, useCreateApiKey, useRevokeApiKey, type ApiScope } from './queries';

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

const createSchema = z.object({
  name: requiredText(100),
  scopes: z.array(z.enum(apiScopes)).check(z.minLength(1, 'adminTeam.keys.errors.scopes')),
});
type CreateValues = z.infer<typeof createSchema>;
const blank: CreateValues = { name: '', scopes: [] };

function CreateKeyForm({ onCreated }: { onCreated: (created: CreatedApiKey) => void }) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  const scopesId = useId();
  const create = useCreateApiKey();
  const [alert, setAlert] = useState<string>();
  const { register, handleSubmit, setError, reset, formState } = useZodForm(createSchema, { defaultValues: blank });
  const fieldError = useFieldErrors(formState.errors);
  const scopesError = fieldError('scopes');

  const onSubmit = async (values: CreateValues) => {
    setAlert(undefined);
    try {
      const created = await create.mutateAsync({ name: values.name.trim(), scopes: values.scopes });
      reset(blank);
      onCreated(created);
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 400 && applyFieldErrors(problem, ['name', 'scopes'], setError, { scopes: t('adminTeam.keys.errors.scopes') })) return;
      setAlert(problem.status === 403 ? t('adminTeam.forbidden') : t('errors.unexpected'));
    }
  };

  return (
    <section aria-labelledby={headingId} className="team-subsection">
      <h3 id={headingId}>{t('adminTeam.keys.createHeading')}</h3>
      <form className="form team-form" noValidate onSubmit={handleSubmit(onSubmit)}>
        <FormAlert>{alert}</FormAlert>
        <TextField label={t('adminTeam.keys.name')} hint={t('adminTeam.keys.nameHint')} autoComplete="off" registration={register('name')} error={fieldError('name')} />
        <fieldset className="team-roles" aria-describedby={scopesError ? `${scopesId}-error` : undefined}>
          <legend>{t('adminTeam.keys.scopes')}</legend>
          {apiScopes.map((scope) => (
            <div key={scope} className="field field--checkbox">
              <input
                id={`${scopesId}-${scope}`}
                type="checkbox"
                aria-describedby={`${scopesId}-${scope}-hint`}
                aria-invalid={scopesError ? true : undefined}
                {...register('scopes')}
                value={scope}
              />
              <label htmlFor={`${scopesId}-${scope}`}>
                {t(`adminTeam.scopes.${scopeKeys[scope]}`)} <code>{scope}</code>
              </label>
              <p id={`${scopesId}-${scope}-hint`} className="field__hint team-roles__hint">
                {t(`adminTeam.scopeHints.${scopeKeys[scope]}`)}
              </p>
            </div>
          ))}
          {scopesError && (
            <p id={`${scopesId}-error`} className="field__error">
              {scopesError}
            </p>
          )}
        </fieldset>
        <SubmitButton busy={formState.isSubmitting} label={t('adminTeam.keys.create')} busyLabel={t('adminTeam.saving')} />
      </form>
    </section>
  );
}
