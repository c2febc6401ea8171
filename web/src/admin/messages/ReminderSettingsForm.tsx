import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ReminderLeadTime } from '../../api';
import { problemOf } from '../../api/problems';
import { FormAlert, FormSuccess, SubmitButton } from '../../forms/FormMessages';
import { useTranslation } from '../../i18n';
import { useReminderSettings, useUpdateReminderSettings } from './queries';

/** The API's limits (ReminderRule.MaxRules / MaxHoursBefore). */
export const maxReminders = 5;
export const maxHoursBefore = 720;

export interface ReminderRow {
  key: number;
  hours: string;
  email: boolean;
  sms: boolean;
}

type RowErrors = { hours?: string; channels?: string };

/** Error texts by row: i18n keys from our own rules, the server's words otherwise. */
export function validateReminders(rows: ReminderRow[]): RowErrors[] {
  const seen = new Set<number>();
  return rows.map((row) => {
    const errors: RowErrors = {};
    const hours = Number(row.hours);
    if (!/^\d+$/.test(row.hours.trim()) || hours < 1 || hours > maxHoursBefore) errors.hours = 'adminMessages.reminders.errors.hours';
    else if (seen.has(hours)) errors.hours = 'adminMessages.reminders.errors.duplicate';
    else seen.add(hours);
    if (!row.email && !row.sms) errors.channels = 'adminMessages.reminders.errors.channels';
    return errors;
  });
}

let nextKey = 0;
const toRows = (reminders: ReminderLeadTime[]): ReminderRow[] =>
  reminders.map((r) => ({ key: nextKey++, hours: String(r.hoursBefore), email: r.email, sms: r.sms }));

/** When reminders go out (Admin only): up to five lead times, each by email, SMS or both. */
export function ReminderSettingsForm({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  const settings = useReminderSettings(isAdmin);
  const forbidden = !isAdmin || problemOf(settings.error).status === 403;

  return (
    <section className="messages-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('adminMessages.reminders.heading')}</h2>
      <p>{t('adminMessages.reminders.intro')}</p>
      {forbidden && <p className="notice">{t('adminMessages.adminOnly')}</p>}
      {!forbidden && settings.isPending && <p role="status">{t('adminMessages.reminders.loading')}</p>}
      {!forbidden && settings.isError && (
        <div role="alert" className="notice notice--error">
          <p>{t('adminMessages.reminders.error')}</p>
          <button type="button" className="button button--secondary" onClick={() => void settings.refetch()}>
            {t('adminMessages.log.retryLoad')}
          </button>
        </div>
      )}
      {!forbidden && settings.data && <ReminderForm initial={settings.data.reminders} />}
    </section>
  );
}

function ReminderForm({ initial }: { initial: ReminderLeadTime[] }) {
  const { t } = useTranslation('staff');
  const formId = useId();
  const form = useRef<HTMLFormElement>(null);
  const save = useUpdateReminderSettings();
  const [rows, setRows] = useState<ReminderRow[]>(() => toRows(initial));
  const [errors, setErrors] = useState<RowErrors[]>([]);
  const [formError, setFormError] = useState('');
  const [saved, setSaved] = useState('');

  // Focus moves to the first field in error once React has put its message in place.
  const [focusFirstError, setFocusFirstError] = useState(false);
  useEffect(() => {
    if (!focusFirstError) return;
    setFocusFirstError(false);
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusFirstError]);

  const text = (message: string | undefined) =>
    message === undefined ? undefined : message.startsWith('adminMessages.') ? (t as (key: string) => string)(message) : message;

  function update(key: number, change: Partial<ReminderRow>) {
    setSaved('');
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved('');
    setFormError('');
    const found = validateReminders(rows);
    if (found.some((e) => e.hours || e.channels)) {
      setErrors(found);
      setFormError(t('adminMessages.reminders.fixErrors'));
      setFocusFirstError(true);
      return;
    }
    setErrors([]);
    try {
      const result = await save.mutateAsync(rows.map((row) => ({ hoursBefore: Number(row.hours), email: row.email, sms: row.sms })));
      setRows(toRows(result.reminders));
      setSaved(result.reminders.length === 0 ? t('adminMessages.reminders.savedNone') : t('adminMessages.reminders.saved'));
    } catch (caught) {
      const problem = problemOf(caught);
      if (problem.status === 400 && problem.errors) {
        const { rowErrors, general } = serverErrors(problem.errors, rows.length);
        setErrors(rowErrors);
        setFormError(general ?? t('adminMessages.reminders.fixErrors'));
        setFocusFirstError(true);
      } else {
        setFormError(t('errors.unexpected'));
      }
    }
  }

  return (
    <form ref={form} className="form reminder-form" noValidate aria-label={t('adminMessages.reminders.heading')} onSubmit={(event) => void submit(event)}>
      {rows.length === 0 && <p className="notice">{t('adminMessages.reminders.none')}</p>}
      {rows.map((row, index) => {
        const number = index + 1;
        const ids = { hours: `${formId}-${row.key}-hours`, email: `${formId}-${row.key}-email`, sms: `${formId}-${row.key}-sms` };
        const hoursError = text(errors[index]?.hours);
        const channelsError = text(errors[index]?.channels);
        return (
          <fieldset key={row.key} className="reminder-row">
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
                value={row.hours}
                aria-invalid={hoursError ? true : undefined}
                aria-describedby={[`${ids.hours}-hint`, hoursError ? `${ids.hours}-error` : ''].filter(Boolean).join(' ')}
                onChange={(event) => update(row.key, { hours: event.target.value })}
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
                    checked={row[channel]}
                    aria-invalid={channelsError ? true : undefined}
                    aria-describedby={channelsError ? `${ids.email}-channels-error` : undefined}
                    onChange={(event) => update(row.key, { [channel]: event.target.checked })}
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
                setErrors([]);
                setRows(rows.filter((r) => r.key !== row.key));
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
          disabled={rows.length >= maxReminders}
          aria-describedby={rows.length >= maxReminders ? `${formId}-max` : undefined}
          onClick={() => {
            setSaved('');
            setRows([...rows, { key: nextKey++, hours: '', email: true, sms: false }]);
          }}
        >
          {t('adminMessages.reminders.add')}
        </button>
        <SubmitButton busy={save.isPending} label={t('adminMessages.reminders.save')} busyLabel={t('adminMessages.reminders.saving')} />
      </div>
      {rows.length >= maxReminders && (
        <p id={`${formId}-max`} className="field__hint">
          {t('adminMessages.reminders.max')}
        </p>
      )}
      <FormAlert>{formError}</FormAlert>
      <FormSuccess>{saved}</FormSuccess>
    </form>
  );
}

/** "reminders[1].hoursBefore" → row 1's hours; "reminders[1].channels" → its channels; "reminders" → the form as a whole. */
function serverErrors(errors: Record<string, string[]>, count: number): { rowErrors: RowErrors[]; general?: string } {
  const rowErrors: RowErrors[] = Array.from({ length: count }, () => ({}));
  let general: string | undefined;
  for (const [key, messages] of Object.entries(errors)) {
    const message = messages[0];
    if (!message) continue;
    const match = /^reminders\[(\d+)\](?:\.(\w+))?$/i.exec(key);
    const row = match ? rowErrors[Number(match[1])] : undefined;
    if (row && match?.[2]?.toLowerCase() === 'channels') row.channels ??= message;
    else if (row) row.hours ??= message;
    else general ??= message;
  }
  return { rowErrors, general };
}
