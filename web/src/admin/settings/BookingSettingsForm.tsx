import { useEffect, useState } from 'react';
import * as z from 'zod/mini';
import type { BookingSettingsResponse, ProviderChoiceMode } from '../../api';
import { problemOf } from '../../api/problems';
import { useClinicProfile } from '../../api/queries';
import { applyFieldErrors, useFieldErrors } from '../../forms/errors';
import { FormAlert, FormSuccess } from '../../forms/FormMessages';
import { wholeNumberText } from '../../forms/rules';
import { SaveActions } from '../../forms/SaveActions';
import { SelectField } from '../../forms/SelectField';
import { TextField } from '../../forms/TextField';
import { useZodForm } from '../../forms/useZodForm';
import { useTranslation } from '../../i18n';
import { useBookingSettings, useUpdateBookingSettings } from './queries';
import { SettingsSection } from './SettingsSection';

// The same bounds as UpdateBookingSettingsValidator; the server checks them again.
export const slotIntervals = [5, 10, 15, 20, 30, 60] as const;
const providerChoices = ['SpecificOrFirstAvailable', 'SpecificOnly', 'FirstAvailableOnly'] as const satisfies readonly ProviderChoiceMode[];

const schema = z.object({
  slotIntervalMinutes: z.string().check(z.refine((v) => slotIntervals.some((minutes) => String(minutes) === v), 'adminSettings.booking.errors.slotInterval')),
  minimumNoticeMinutes: wholeNumberText(0, 7 * 24 * 60, 'adminSettings.booking.errors.minimumNotice'),
  horizonDays: wholeNumberText(1, 730, 'adminSettings.booking.errors.horizon'),
  providerChoice: z.enum(providerChoices, 'adminSettings.booking.errors.providerChoice'),
  holdMinutes: wholeNumberText(2, 30, 'adminSettings.booking.errors.hold'),
});
type Values = z.infer<typeof schema>;
const fields = ['slotIntervalMinutes', 'minimumNoticeMinutes', 'horizonDays', 'providerChoice', 'holdMinutes'] as const;

function toForm(settings: BookingSettingsResponse): Values {
  return {
    slotIntervalMinutes: String(settings.slotIntervalMinutes),
    minimumNoticeMinutes: String(settings.minimumNoticeMinutes),
    horizonDays: String(settings.horizonDays),
    providerChoice: settings.providerChoice,
    holdMinutes: String(settings.holdMinutes),
  };
}

interface Props {
  readOnly: boolean;
  onDirtyChange: (dirty: boolean) => void;
}

export function BookingSettingsSection({ readOnly, onDirtyChange }: Props) {
  const { t } = useTranslation('staff');
  // Other staff may not read the admin endpoint; the public clinic profile carries the same values.
  const adminQuery = useBookingSettings(!readOnly);
  const profile = useClinicProfile();
  const query = readOnly ? profile : adminQuery;
  const settings = readOnly ? profile.data?.booking : adminQuery.data;
  return (
    <SettingsSection heading={t('adminSettings.booking.heading')} query={query}>
      {settings && <BookingSettingsForm settings={settings} readOnly={readOnly} onDirtyChange={onDirtyChange} />}
    </SettingsSection>
  );
}

function BookingSettingsForm({ settings, readOnly, onDirtyChange }: Props & { settings: BookingSettingsResponse }) {
  const { t } = useTranslation('staff');
  const save = useUpdateBookingSettings();
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
        slotIntervalMinutes: Number(values.slotIntervalMinutes),
        minimumNoticeMinutes: Number(values.minimumNoticeMinutes),
        horizonDays: Number(values.horizonDays),
        providerChoice: values.providerChoice,
        holdMinutes: Number(values.holdMinutes),
      });
      reset(toForm(saved));
      setOutcome(t('adminSettings.booking.saved'));
    } catch (error) {
      const problem = problemOf(error);
      if (problem.status === 400 && applyFieldErrors(problem, fields, setError, {
          // The server's messages are English; the form says the same in the reader's language.
          slotIntervalMinutes: t('adminSettings.booking.errors.slotInterval'),
          minimumNoticeMinutes: t('adminSettings.booking.errors.minimumNotice'),
          horizonDays: t('adminSettings.booking.errors.horizon'),
          providerChoice: t('adminSettings.booking.errors.providerChoice'),
          holdMinutes: t('adminSettings.booking.errors.hold'),
        })) return;
      setAlert(problem.status === 403 ? t('adminSettings.forbidden') : problem.status === 400 ? t('adminSettings.invalid') : t('errors.unexpected'));
    }
  };

  return (
    <form className="form settings-form" noValidate onSubmit={handleSubmit(onSubmit)}>
      <FormAlert>{alert}</FormAlert>
      <FormSuccess>{outcome}</FormSuccess>
      <fieldset disabled={readOnly}>
        {readOnly && <legend className="form__note">{t('adminSettings.booking.readOnlySource')}</legend>}
        <SelectField
          label={t('adminSettings.booking.slotInterval')}
          options={slotIntervals.map((minutes) => ({ value: String(minutes), label: t('adminSettings.booking.slotIntervalOption', { count: minutes }) }))}
          registration={register('slotIntervalMinutes')}
          error={fieldError('slotIntervalMinutes')}
        />
        <p className="field__hint">{t('adminSettings.booking.slotIntervalHint')}</p>
        <TextField
          label={t('adminSettings.booking.minimumNotice')}
          hint={t('adminSettings.booking.minimumNoticeHint')}
          inputMode="numeric"
          registration={register('minimumNoticeMinutes')}
          error={fieldError('minimumNoticeMinutes')}
        />
        <TextField
          label={t('adminSettings.booking.horizon')}
          hint={t('adminSettings.booking.horizonHint')}
          inputMode="numeric"
          registration={register('horizonDays')}
          error={fieldError('horizonDays')}
        />
        <SelectField
          label={t('adminSettings.booking.providerChoice')}
          options={providerChoices.map((choice) => ({ value: choice, label: t(`adminSettings.booking.providerChoiceOptions.${choice}`) }))}
          registration={register('providerChoice')}
          error={fieldError('providerChoice')}
        />
        <TextField
          label={t('adminSettings.booking.hold')}
          hint={t('adminSettings.booking.holdHint')}
          inputMode="numeric"
          registration={register('holdMinutes')}
          error={fieldError('holdMinutes')}
        />
      </fieldset>
      {!readOnly && <SaveActions busy={formState.isSubmitting} dirty={formState.isDirty} onDiscard={() => reset(toForm(settings))} />}
    </form>
  );
}
