import { useEffect, useId, useRef, useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import type { ReminderLeadTime } from '../../api';
import { problemOf } from '../../api/problems';
import { useFieldErrors } from '../../forms/errors';
import { FormAlert, FormSuccess, SubmitButton } from '../../forms/FormMessages';
import { useZodForm } from '../../forms/useZodForm';
import { useTranslation } from '../../i18n';
import { useUpdateReminderSettings } from './queries';
import { maxHoursBefore, maxReminders, remindersSchema, serverErrors, toRows } from './reminderRules';

/** Up to five lead times, each by email, SMS or both; an empty list switches reminders off. */
export function ReminderForm({ initial }: { initial: ReminderLeadTime[] }) {
  const { t } = useTranslation('staff');
  const formId = useId();
  const form = useRef<HTMLFormElement>(null);
  const save = useUpdateReminderSettings();
  const { register, control, handleSubmit, reset, setError, clearErrors, formState } = useZodForm(remindersSchema, {
    defaultValues: { reminders: toRows(initial) },
    // Focus goes to the first marked field on screen, a channel box included (see below).
    shouldFocusError: false,
  });
  const rows = useFieldArray({ control, name: 'reminders' });
  const fieldError = useFieldErrors(formState.errors);
  const [formError, setFormError] = useState('');
  const [saved, setSaved] = useState('');

  // Focus moves to the first field in error once React has put its message in place (the errors may render a
  // moment after the request to focus, hence the wait for them).
  const [focusFirstError, setFocusFirstError] = useState(false);
  const { errors } = formState;
  useEffect(() => {
    if (!focusFirstError) return;
    const first = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!first) return;
    setFocusFirstError(false);
    first.focus();
  }, [focusFirstError, errors]);

  const onInvalid = () => {
    setSaved('');
    setFormError(t('adminMessages.reminders.fixErrors'));
    setFocusFirstError(true);
  };

  const onValid = async ({ reminders }: { reminders: { hours: string; email: boolean; sms: boolean }[] }) => {
    setSaved('');
    setFormError('');
    try {
      const result = await save.mutateAsync(reminders.map((row) => ({ hoursBefore: Number(row.hours), email: row.email, sms: row.sms })));
      reset({ reminders: toRows(result.reminders) });
      setSaved(result.reminders.length === 0 ? t('adminMessages.reminders.savedNone') : t('adminMessages.reminders.saved'));
    } catch (caught) {
      const problem = problemOf(caught);
      if (problem.status === 400 && problem.errors) {
        const { rowErrors, general } = serverErrors(problem.errors, reminders.length);
        rowErrors.forEach((errors, index) => {
          if (errors.hours) setError(`reminders.${index}.hours`, { type: 'server', message: errors.hours });
          // Not a field of its own: the error belongs to the pair of channel boxes.
          if (errors.channels) setError(`reminders.${index}.channels` as never, { type: 'server', message: errors.channels });
        });
        setFormError(general ?? t('adminMessages.reminders.fixErrors'));
        setFocusFirstError(true);
      } else {
        setFormError(t('errors.unexpected'));
      }
    }
  };

  const edited = { onChange: () => setSaved('') };

  return (
    <form ref={form} className="form reminder-form" noValidate aria-label={t('adminMessages.reminders.heading')} onSubmit={handleSubmit(onValid, onInvalid)}>
      {rows.fields.length === 0 && <p className="notice">{t('adminMessages.reminders.none')}</p>}
      {rows.fields.map((row, index) => {
        const number = index + 1;
        const ids = { hours: `${formId}-${row.id}-hours`, email: `${formId}-${row.id}-email`, sms: `${formId}-${row.id}-sms` };
        const hoursError = fieldError(`reminders.${index}.hours`);
        const channelsError = fieldError(`reminders.${index}.channels`);
        return (
          <fieldset key={row.id} className="reminder-row">
            <legend>{t('adminMessages.reminders.reminder', { number })}</legend>
            <div className="field">
              <label htmlFor={ids.hours}>{t('adminMessages.reminders.hours')}</label>
              <p id={`${ids.hours}-hint`} className="field__hint">
                {t('adminMessages.reminders.hoursHint')}
              </p>
              <input
                id={ids.hours}
                type="number"
                inputMode="numeric"
                min={1}
                max={maxHoursBefore}
                step={1}
                aria-invalid={hoursError ? true : undefined}
                aria-describedby={[`${ids.hours}-hint`, hoursError ? `${ids.hours}-error` : ''].filter(Boolean).join(' ')}
                {...register(`reminders.${index}.hours`, edited)}
              />
              {hoursError && (
                <p id={`${ids.hours}-error`} className="field__error">
                  {hoursError}
                </p>
              )}
            </div>
            <div className="reminder-row__channels">
              {(['email', 'sms'] as const).map((channel) => (
                <div key={channel} className="field field--checkbox">
                  <input
                    id={ids[channel]}
                    type="checkbox"
                    aria-invalid={channelsError ? true : undefined}
                    aria-describedby={channelsError ? `${ids.email}-channels-error` : undefined}
                    {...register(`reminders.${index}.${channel}`, edited)}
                  />
                  <label htmlFor={ids[channel]}>{t(`adminMessages.reminders.${channel}`)}</label>
                </div>
              ))}
            </div>
            {channelsError && (
              <p id={`${ids.email}-channels-error`} className="field__error">
                {channelsError}
              </p>
            )}
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                setSaved('');
                clearErrors();
                rows.remove(index);
              }}
            >
              {t('adminMessages.reminders.remove', { number })}
            </button>
          </fieldset>
        );
      })}
      <div className="step-actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={rows.fields.length >= maxReminders}
          aria-describedby={rows.fields.length >= maxReminders ? `${formId}-max` : undefined}
          onClick={() => {
            setSaved('');
            rows.append({ hours: '', email: true, sms: false }, { shouldFocus: false });
          }}
        >
          {t('adminMessages.reminders.add')}
        </button>
        <SubmitButton busy={save.isPending} label={t('adminMessages.reminders.save')} busyLabel={t('adminMessages.reminders.saving')} />
      </div>
      {rows.fields.length >= maxReminders && (
        <p id={`${formId}-max`} className="field__hint">
          {t('adminMessages.reminders.max')}
        </p>
      )}
      <FormAlert>{formError}</FormAlert>
      <FormSuccess>{saved}</FormSuccess>
    </form>
  );
}
