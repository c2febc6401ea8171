import { useEffect, useId, useState, type FormEvent } from 'react';
import type { DayOfWeek, WeeklyHoursResponse } from '../../api';
import { problemOf } from '../../api/problems';
import { FormAlert, FormSuccess } from '../../forms/FormMessages';
import { useTranslation } from '../../i18n';
import { useSetWeeklyHours, useWeeklyHours } from './queries';
import { maxIntervalsPerDay, serverWeekErrors, toDays, toWeek, validateWeek, weekdays, type Week, type WeekErrors } from './weeklyHours';

interface Props {
  providerId: string;
  locationId: string;
  onDirtyChange: (dirty: boolean) => void;
}

export function WeeklyHoursEditor({ providerId, locationId, onDirtyChange }: Props) {
  const { t } = useTranslation('staff');
  const query = useWeeklyHours(providerId, locationId);
  if (query.isError) {
    return (
      <FormAlert>
        <p>{t('adminSchedules.loadFailed')}</p>
        <button type="button" className="button button--secondary" onClick={() => void query.refetch()}>
          {t('adminSchedules.retry')}
        </button>
      </FormAlert>
    );
  }
  if (query.isPending) return <p role="status">{t('adminSchedules.loading')}</p>;
  return <WeekForm key={`${providerId}/${locationId}`} saved={query.data} providerId={providerId} locationId={locationId} onDirtyChange={onDirtyChange} />;
}

function WeekForm({ saved, providerId, locationId, onDirtyChange }: Props & { saved: WeeklyHoursResponse }) {
  const { t } = useTranslation('staff');
  const formId = useId();
  const save = useSetWeeklyHours(providerId, locationId);
  const [week, setWeek] = useState<Week>(() => toWeek(saved));
  const [errors, setErrors] = useState<WeekErrors>({});
  const [outcome, setOutcome] = useState<string>();
  const [alert, setAlert] = useState<string>();
  const dirty = JSON.stringify(toDays(week)) !== JSON.stringify(toDays(toWeek(saved)));

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const inputId = (day: DayOfWeek, index: number, side: 'start' | 'end') => `${formId}-${day}-${index}-${side}`;
  const focusFirst = (found: WeekErrors) => {
    for (const day of weekdays) {
      const byIndex = found[day];
      if (!byIndex) continue;
      const index = Math.min(...Object.keys(byIndex).map(Number));
      document.getElementById(inputId(day, index, byIndex[index]?.start ? 'start' : 'end'))?.focus();
      return;
    }
  };

  const change = (next: Week) => {
    setWeek(next);
    setOutcome(undefined);
  };
  const edit = (day: DayOfWeek, index: number, side: 'start' | 'end', value: string) =>
    change({ ...week, [day]: week[day].map((range, i) => (i === index ? { ...range, [side]: value } : range)) });
  const add = (day: DayOfWeek) => {
    // A starting point to adjust: the morning on an empty day, the afternoon after it.
    const next = week[day].length === 0 ? { start: '09:00', end: '14:00' } : { start: '16:00', end: '20:00' };
    change({ ...week, [day]: [...week[day], next] });
    requestAnimationFrame(() => document.getElementById(inputId(day, week[day].length, 'start'))?.focus());
  };
  const remove = (day: DayOfWeek, index: number) => {
    change({ ...week, [day]: week[day].filter((_, i) => i !== index) });
    setErrors({});
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutcome(undefined);
    setAlert(undefined);
    const found = validateWeek(week);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    const days = toDays(week);
    try {
      const result = await save.mutateAsync({ days });
      setWeek(toWeek(result));
      setOutcome(t('adminSchedules.weekly.saved'));
    } catch (error) {
      const problem = problemOf(error);
      const fromServer = problem.status === 400 && problem.errors ? serverWeekErrors(problem.errors, days) : {};
      if (Object.keys(fromServer).length > 0) {
        setErrors(fromServer);
        focusFirst(fromServer);
        return;
      }
      setAlert(
        problem.status === 403
          ? t('adminSchedules.adminOnly')
          : problem.status === 400 || problem.status === 422
            ? [t('adminSchedules.weekly.invalid'), problem.detail].filter(Boolean).join(' ')
            : t('errors.unexpected'),
      );
    }
  };

  const message = (key: string | undefined) => (key ? t(key as never) : undefined);

  return (
    <form className="settings-form weekly-hours" noValidate onSubmit={(event) => void submit(event)}>
      <FormAlert>{alert}</FormAlert>
      <FormSuccess>{outcome}</FormSuccess>
      {weekdays.map((day) => {
        const dayName = t(`adminSchedules.days.${day}`);
        return (
          <fieldset key={day} className="weekly-hours__day">
            <legend>{dayName}</legend>
            {week[day].length === 0 && <p className="muted">{t('adminSchedules.weekly.dayOff')}</p>}
            {week[day].map((range, index) => {
              const error = errors[day]?.[index];
              const errorId = `${inputId(day, index, 'start')}-error`;
              const invalid = (side: 'start' | 'end') => (error?.[side] ? true : undefined);
              return (
                <div key={index} className="weekly-hours__interval">
                  <div className="field">
                    <label htmlFor={inputId(day, index, 'start')}>
                      {t('adminSchedules.weekly.from')}
                    </label>
                    <input
                      id={inputId(day, index, 'start')}
                      type="time"
                      // The visible label is one word; the name says which day and interval (and still starts with it).
                      aria-label={t('adminSchedules.weekly.fromLabel', { day: dayName, index: index + 1 })}
                      value={range.start}
                      aria-invalid={invalid('start')}
                      aria-describedby={error ? errorId : undefined}
                      onChange={(event) => edit(day, index, 'start', event.target.value)}
                    />
                  </div>
                  <div className="field">
                    <label htmlFor={inputId(day, index, 'end')}>
                      {t('adminSchedules.weekly.to')}
                    </label>
                    <input
                      id={inputId(day, index, 'end')}
                      type="time"
                      // The visible label is one word; the name says which day and interval (and still starts with it).
                      aria-label={t('adminSchedules.weekly.toLabel', { day: dayName, index: index + 1 })}
                      value={range.end}
                      aria-invalid={invalid('end')}
                      aria-describedby={error ? errorId : undefined}
                      onChange={(event) => edit(day, index, 'end', event.target.value)}
                    />
                  </div>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={t('adminSchedules.weekly.removeIntervalLabel', { index: index + 1, day: dayName })}
                    onClick={() => remove(day, index)}
                  >
                    {t('adminSchedules.weekly.removeInterval')}
                  </button>
                  {error && (
                    <p id={errorId} className="field__error weekly-hours__error">
                      {message(error.start) ?? message(error.end)}
                    </p>
                  )}
                </div>
              );
            })}
            {week[day].length < maxIntervalsPerDay ? (
              <button
                type="button"
                className="button button--secondary button--small"
                aria-label={t('adminSchedules.weekly.addIntervalLabel', { day: dayName })}
                onClick={() => add(day)}
              >
                {t('adminSchedules.weekly.addInterval')}
              </button>
            ) : (
              <p className="field__hint">{t('adminSchedules.weekly.maxIntervals')}</p>
            )}
          </fieldset>
        );
      })}
      <div className="settings-form__actions">
        <button type="submit" className="button" disabled={save.isPending} aria-busy={save.isPending}>
          {save.isPending ? t('adminSchedules.weekly.saving') : t('adminSchedules.weekly.save')}
        </button>
        {dirty && (
          <>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setWeek(toWeek(saved));
                setErrors({});
              }}
            >
              {t('adminSchedules.weekly.discard')}
            </button>
            <p className="settings-form__unsaved">{t('adminSchedules.weekly.unsaved')}</p>
          </>
        )}
      </div>
    </form>
  );
}
