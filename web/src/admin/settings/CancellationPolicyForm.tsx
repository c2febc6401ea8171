import { useEffect, useState } from 'react';
import type { FieldErrors } from 'react-hook-form';
import * as z from 'zod/mini';
import type { CancellationPolicyResponse, LateFeeKind } from '../../api';
import { problemOf } from '../../api/problems';
import { useClinicProfile } from '../../api/queries';
import { CheckboxField } from '../../forms/CheckboxField';
import { applyFieldErrors, useFieldErrors } from '../../forms/errors';
import { FormAlert, FormSuccess } from '../../forms/FormMessages';
import { isWholeNumberBetween, wholeNumberText } from '../../forms/rules';
import { SaveActions } from '../../forms/SaveActions';
import { SelectField } from '../../forms/SelectField';
import { TextAreaField } from '../../forms/TextAreaField';
import { TextField } from '../../forms/TextField';
import { useZodForm } from '../../forms/useZodForm';
import { useTranslation } from '../../i18n';
import { moneyInputValue, parseAmount } from '../../lib/format';
import { usePolicyInForce, usePublishCancellationPolicy } from './queries';
import { SettingsSection } from './SettingsSection';

// The same rules as UpdateCancellationPolicyValidator; the server checks them again.
const feeKinds = ['None', 'Fixed', 'PercentOfPrice'] as const satisfies readonly LateFeeKind[];
const maxTextLength = 2000;
const policyText = z.string().check(z.trim(), z.minLength(1, 'adminSettings.policy.errors.text'), z.maxLength(maxTextLength, 'adminSettings.policy.errors.text'));

const schemaFor = (currency: string) =>
  z
    .object({
      allowOnlineCancellation: z.boolean(),
      allowOnlineRescheduling: z.boolean(),
      windowHours: wholeNumberText(0, 14 * 24, 'adminSettings.policy.errors.window'),
      lateFeeKind: z.enum(feeKinds, 'adminSettings.policy.errors.feeKind'),
      lateFeeAmount: z.string(),
      lateFeePercent: z.string(),
      noShowFee: z.string(),
      textEs: policyText,
      textEn: policyText,
    })
    .check(
      z.refine((values) => values.lateFeeKind !== 'Fixed' || (parseAmount(values.lateFeeAmount, currency) ?? 0) > 0, {
        path: ['lateFeeAmount'],
        message: 'adminSettings.policy.errors.feeAmount',
      }),
      z.refine((values) => values.lateFeeKind !== 'PercentOfPrice' || isWholeNumberBetween(values.lateFeePercent, 1, 100), {
        path: ['lateFeePercent'],
        message: 'adminSettings.policy.errors.feePercent',
      }),
      z.refine((values) => values.noShowFee.trim() === '' || parseAmount(values.noShowFee, currency) !== null, {
        path: ['noShowFee'],
        message: 'adminSettings.policy.errors.noShowFee',
      }),
    );
type Values = z.infer<ReturnType<typeof schemaFor>>;
const fields = ['windowHours', 'lateFeeKind', 'lateFeeAmount', 'lateFeePercent', 'noShowFee', 'textEs', 'textEn'] as const;

function toForm(policy: CancellationPolicyResponse, currency: string): Values {
  return {
    allowOnlineCancellation: policy.allowOnlineCancellation,
    allowOnlineRescheduling: policy.allowOnlineRescheduling,
    windowHours: String(policy.windowHours),
    lateFeeKind: policy.lateFeeKind,
    lateFeeAmount: policy.lateFeeAmountMinor > 0 ? moneyInputValue(policy.lateFeeAmountMinor, currency) : '',
    lateFeePercent: policy.lateFeePercent > 0 ? String(policy.lateFeePercent) : '',
    noShowFee: policy.noShowFeeAmountMinor > 0 ? moneyInputValue(policy.noShowFeeAmountMinor, currency) : '',
    textEs: policy.textEs,
    textEn: policy.textEn,
  };
}

interface Props {
  readOnly: boolean;
  onDirtyChange: (dirty: boolean) => void;
}

export function CancellationPolicySection({ readOnly, onDirtyChange }: Props) {
  const { t } = useTranslation('staff');
  const policy = usePolicyInForce();
  const profile = useClinicProfile();
  const query = { isPending: policy.isPending || profile.isPending, isError: policy.isError || profile.isError, refetch: () => Promise.all([policy.refetch(), profile.refetch()]) };
  return (
    <SettingsSection heading={t('adminSettings.policy.heading')} query={query}>
      {policy.data && profile.data && (
        <CancellationPolicyForm policy={policy.data} currency={profile.data.currency} readOnly={readOnly} onDirtyChange={onDirtyChange} />
      )}
    </SettingsSection>
  );
}

function CancellationPolicyForm({ policy, currency, readOnly, onDirtyChange }: Props & { policy: CancellationPolicyResponse; currency: string }) {
  const { t } = useTranslation('staff');
  const publish = usePublishCancellationPolicy();
  const [outcome, setOutcome] = useState<string>();
  const [alert, setAlert] = useState<string>();
  const { register, handleSubmit, setError, setFocus, reset, watch, formState } = useZodForm(schemaFor(currency), {
    defaultValues: toForm(policy, currency),
    // The fee fields appear later than the texts, so the form's own order would focus a text first.
    shouldFocusError: false,
  });
  const fieldError = useFieldErrors(formState.errors);
  const feeKind = watch('lateFeeKind');

  useEffect(() => onDirtyChange(formState.isDirty), [formState.isDirty, onDirtyChange]);

  const onSubmit = async (values: Values) => {
    setOutcome(undefined);
    setAlert(undefined);
    if (!formState.isDirty) {
      setOutcome(t('adminSettings.nothingToSave'));
      return;
    }
    try {
      const published = await publish.mutateAsync({
        allowOnlineCancellation: values.allowOnlineCancellation,
        allowOnlineRescheduling: values.allowOnlineRescheduling,
        windowHours: Number(values.windowHours),
        lateFeeKind: values.lateFeeKind,
        lateFeeAmountMinor: values.lateFeeKind === 'Fixed' ? (parseAmount(values.lateFeeAmount, currency) ?? 0) : 0,
        lateFeePercent: values.lateFeeKind === 'PercentOfPrice' ? Number(values.lateFeePercent) : 0,
        noShowFeeAmountMinor: values.noShowFee.trim() === '' ? 0 : (parseAmount(values.noShowFee, currency) ?? 0),
        textEs: values.textEs.trim(),
        textEn: values.textEn.trim(),
      });
      reset(toForm(published, currency));
      setOutcome(t('adminSettings.policy.saved', { version: published.version }));
    } catch (error) {
      const problem = problemOf(error);
      const renamed = {
        ...problem,
        errors: { ...problem.errors, lateFeeAmount: problem.errors?.lateFeeAmountMinor ?? [], noShowFee: problem.errors?.noShowFeeAmountMinor ?? [] },
      };
      if (
        problem.status === 400 &&
        applyFieldErrors(renamed, fields, setError, {
          // The server's messages are English; the form says the same in the reader's language.
          windowHours: t('adminSettings.policy.errors.window'),
          lateFeeKind: t('adminSettings.policy.errors.feeKind'),
          lateFeeAmount: t('adminSettings.policy.errors.feeAmount'),
          lateFeePercent: t('adminSettings.policy.errors.feePercent'),
          noShowFee: t('adminSettings.policy.errors.noShowFee'),
          textEs: t('adminSettings.policy.errors.text'),
          textEn: t('adminSettings.policy.errors.text'),
        })
      ) {
        return;
      }
      setAlert(problem.status === 403 ? t('adminSettings.forbidden') : problem.status === 400 ? t('adminSettings.invalid') : t('errors.unexpected'));
    }
  };

  const focusFirstError = (errors: FieldErrors<Values>) => {
    const first = fields.find((field) => errors[field]);
    if (first) setFocus(first);
  };

  return (
    <form className="form settings-form" noValidate onSubmit={handleSubmit(onSubmit, focusFirstError)}>
      <FormAlert>{alert}</FormAlert>
      <FormSuccess>{outcome}</FormSuccess>
      <p className="form__note">
        {policy.version > 0 ? t('adminSettings.policy.version', { version: policy.version }) : t('adminSettings.policy.defaultVersion')}
        {!readOnly && ` ${t('adminSettings.policy.versionNote', { next: policy.version + 1 })}`}
      </p>
      <fieldset disabled={readOnly}>
        <CheckboxField
          label={t('adminSettings.policy.allowCancellation')}
          hint={t('adminSettings.policy.allowCancellationHint')}
          registration={register('allowOnlineCancellation')}
        />
        <CheckboxField
          label={t('adminSettings.policy.allowRescheduling')}
          hint={t('adminSettings.policy.allowReschedulingHint')}
          registration={register('allowOnlineRescheduling')}
        />
        <TextField
          label={t('adminSettings.policy.window')}
          hint={t('adminSettings.policy.windowHint')}
          inputMode="numeric"
          registration={register('windowHours')}
          error={fieldError('windowHours')}
        />
        <SelectField
          label={t('adminSettings.policy.feeKind')}
          options={feeKinds.map((kind) => ({ value: kind, label: t(`adminSettings.policy.feeKindOptions.${kind}`) }))}
          registration={register('lateFeeKind')}
          error={fieldError('lateFeeKind')}
        />
        {feeKind === 'Fixed' && (
          <TextField
            label={t('adminSettings.policy.feeAmount', { currency })}
            hint={t('adminSettings.policy.feeAmountHint')}
            inputMode="decimal"
            registration={register('lateFeeAmount')}
            error={fieldError('lateFeeAmount')}
          />
        )}
        {feeKind === 'PercentOfPrice' && (
          <TextField
            label={t('adminSettings.policy.feePercent')}
            hint={t('adminSettings.policy.feePercentHint')}
            inputMode="numeric"
            registration={register('lateFeePercent')}
            error={fieldError('lateFeePercent')}
          />
        )}
        <TextField
          label={t('adminSettings.policy.noShowFee', { currency })}
          hint={t('adminSettings.policy.noShowFeeHint')}
          inputMode="decimal"
          registration={register('noShowFee')}
          error={fieldError('noShowFee')}
        />
        <TextAreaField
          label={t('adminSettings.policy.textEs')}
          hint={t('adminSettings.policy.textHint')}
          lang="es"
          maxLength={maxTextLength}
          registration={register('textEs')}
          error={fieldError('textEs')}
        />
        <TextAreaField
          label={t('adminSettings.policy.textEn')}
          hint={t('adminSettings.policy.textHint')}
          lang="en"
          maxLength={maxTextLength}
          registration={register('textEn')}
          error={fieldError('textEn')}
        />
      </fieldset>
      {!readOnly && <SaveActions busy={formState.isSubmitting} dirty={formState.isDirty} onDiscard={() => reset(toForm(policy, currency))} />}
    </form>
  );
}
