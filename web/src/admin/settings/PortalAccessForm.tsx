import { useEffect, useState } from 'react';
import * as z from 'zod/mini';
import type { PortalAccessSettingsResponse } from '../../api';
import { problemOf } from '../../api/problems';
import { CheckboxField } from '../../forms/CheckboxField';
import { applyFieldErrors, useFieldErrors } from '../../forms/errors';
import { FormAlert, FormSuccess } from '../../forms/FormMessages';
import { orNull } from '../../forms/rules';
import { SaveActions } from '../../forms/SaveActions';
import { TextField } from '../../forms/TextField';
import { useZodForm } from '../../forms/useZodForm';
import { useTranslation } from '../../i18n';
import { usePortalAccessSettings, useUpdatePortalAccessSettings } from './queries';
import { SettingsSection } from './SettingsSection';

/** Empty, or an absolute http(s) address without query or fragment (as UpdatePortalAccessSettingsValidator). */
export function isPortalAddress(value: string): boolean {
  const text = value.trim();
  if (text === '') return true;
  if (text.length > 300) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.search === '' && url.hash === '' && !text.includes('?') && !text.includes('#');
  } catch {
    return false;
  }
}

const schema = z.object({
  emailActivationEnabled: z.boolean(),
  phoneVerificationRequired: z.boolean(),
  portalBaseUrl: z.string().check(z.refine(isPortalAddress, 'adminSettings.portal.errors.baseUrl')),
});
type Values = z.infer<typeof schema>;

function toForm(settings: PortalAccessSettingsResponse): Values {
  return {
    emailActivationEnabled: settings.emailActivationEnabled,
    phoneVerificationRequired: settings.phoneVerificationRequired,
    portalBaseUrl: settings.portalBaseUrl ?? '',
  };
}

interface Props {
  readOnly: boolean;
  onDirtyChange: (dirty: boolean) => void;
}

export function PortalAccessSection({ readOnly, onDirtyChange }: Props) {
  const { t } = useTranslation('staff');
  const query = usePortalAccessSettings();
  return (
    <SettingsSection heading={t('adminSettings.portal.heading')} query={query}>
      {query.data && <PortalAccessForm settings={query.data} readOnly={readOnly} onDirtyChange={onDirtyChange} />}
    </SettingsSection>
  );
}

function PortalAccessForm({ settings, readOnly, onDirtyChange }: Props & { settings: PortalAccessSettingsResponse }) {
  const { t } = useTranslation('staff');
  const save = useUpdatePortalAccessSettings();
  const [outcome, setOutcome] = useState<string>();
  const [alert, setAlert] = useState<string>();
  const { register, handleSubmit, setError, reset, formState } = useZodForm(schema, { defaultValues: toForm(settings) });
  const fieldError = useFieldErrors(formState.errors);

  useEffect(() => onDirtyChange(formState.isDirty), [formState.isDirty, onDirtyChange]);

  const onSubmit = async (values: Values) => {
    setOutcome(undefined);
    setAlert(undefined);
    if (!formState.isDirty) {
      setOutcome(t('adminSettings.nothingToSave'));
      return;
    }
    try {
      const saved = await save.mutateAsync({
        emailActivationEnabled: values.emailActivationEnabled,
        phoneVerificationRequired: values.phoneVerificationRequired,
        portalBaseUrl: orNull(values.portalBaseUrl),
      });
      reset(toForm(saved));
      setOutcome(t('adminSettings.portal.saved'));
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 400 && applyFieldErrors(problem, ['portalBaseUrl'], setError, { portalBaseUrl: t('adminSettings.portal.errors.baseUrl') })) return;
      setAlert(problem.status === 403 ? t('adminSettings.forbidden') : problem.status === 400 ? t('adminSettings.invalid') : t('errors.unexpected'));
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(settings.portalUrl);
      setOutcome(t('adminSettings.portal.copied'));
    } catch {
      // Some browsers refuse the clipboard; the link stays on screen to select by hand.
    }
  };

  return (
    <form className="form settings-form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <FormAlert>{alert}</FormAlert>
      <FormSuccess>{outcome}</FormSuccess>
      <div>
        <p className="form__note">{t('adminSettings.portal.shareLink')}</p>
        <p className="settings-share">
          <a href={settings.portalUrl}>{settings.portalUrl}</a>
          {typeof navigator !== 'undefined' && navigator.clipboard && (
            <button type="button" className="button button--secondary button--small" onClick={() => void copy()}>
              {t('adminSettings.portal.copy')}
            </button>
          )}
        </p>
      </div>
      <fieldset disabled={readOnly}>
        <CheckboxField
          label={t('adminSettings.portal.phoneVerification')}
          hint={t('adminSettings.portal.phoneVerificationHint')}
          registration={register('phoneVerificationRequired')}
        />
        <CheckboxField
          label={t('adminSettings.portal.emailActivation')}
          hint={t('adminSettings.portal.emailActivationHint')}
          registration={register('emailActivationEnabled')}
        />
        <TextField
          label={t('adminSettings.portal.baseUrl')}
          hint={t('adminSettings.portal.baseUrlHint')}
          type="url"
          inputMode="url"
          registration={register('portalBaseUrl')}
          error={fieldError('portalBaseUrl')}
        />
      </fieldset>
      {!readOnly && <SaveActions busy={formState.isSubmitting} dirty={formState.isDirty} onDiscard={() => reset(toForm(settings))} />}
    </form>
  );
}
