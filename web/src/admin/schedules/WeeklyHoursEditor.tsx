import { useEffect, useId, useState } from 'react';
import type { DayOfWeek, WeeklyHoursResponse } from '../../api';
import { problemOf } from '../../api/problems';
import { useFieldErrors } from '../../forms/errors';
import { FormAlert, FormSuccess } from '../../forms/FormMessages';
import { SaveActions } from '../../forms/SaveActions';
import { useZodForm } from '../../forms/useZodForm';
import { useTranslation } from '../../i18n';
import { DayIntervals } from './DayIntervals';
import { useSetWeeklyHours, useWeeklyHours } from './queries';
import { serverWeekErrors, toDays, toWeek, weekdays, weekSchema, type Week } from './weeklyHours';

export interface WeekFormValues {
  week: Week;
}

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

/** The provider's week at the location: every day's intervals, saved together. */
function WeekForm({ saved, providerId, locationId, onDirtyChange }: Props & { saved: WeeklyHoursResponse }) {
  const { t } = useTranslation('staff');
  const formId = useId();
  const save = useSetWeeklyHours(providerId, locationId);
  const { register, control, handleSubmit, reset, setError, clearErrors, watch, formState } = useZodForm(weekSchema, {
    defaultValues: { week: toWeek(saved) },
  });
  const errors = useFieldErrors(formState.errors);
  const [outcome, setOutcome] = useState<string>();
  const [alert, setAlert] = useState<string>();
  const week = watch('week');
  const dirty = JSON.stringify(toDays(week)) !== JSON.stringify(toDays(toWeek(saved)));

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const inputId = (day: DayOfWeek, index: number, side: 'start' | 'end') => `${formId}-${day}-${index}-${side}`;

  const onSubmit = async (values: WeekFormValues) => {
    setOutcome(undefined);
    setAlert(undefined);
    const days = toDays(values.week);
    try {
      const result = await save.mutateAsync({ days });
      reset({ week: toWeek(result) });
      setOutcome(t('adminSchedules.weekly.saved'));
    } catch (error) {
      const problem = problemOf(error);
      const fromServer = problem.status === 400 && problem.errors ? serverWeekErrors(problem.errors, days) : {};
      const named = weekdays.flatMap((day) =>
        Object.entries(fromServer[day] ?? {}).flatMap(([index, sides]) =>
          (['start', 'end'] as const).filter((side) => sides[side]).map((side) => ({ name: `week.${day}.${index}.${side}` as const, message: sides[side]! })),
        ),
      );
      if (named.length > 0) {
        named.forEach(({ name, message }, position) => setError(name as `week.${DayOfWeek}.${number}.start`, { type: 'server', message }, { shouldFocus: position === 0 }));
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

  return (
    <form className="settings-form weekly-hours" noValidate onSubmit={handleSubmit(onSubmit)}>
      <FormAlert>{alert}</FormAlert>
      <FormSuccess>{outcome}</FormSuccess>
      {weekdays.map((day) => (
        <DayIntervals
          key={day}
          day={day}
          control={control}
          register={register}
          errors={errors}
          inputId={inputId}
          onEdit={() => setOutcome(undefined)}
          onRemove={() => {
            setOutcome(undefined);
            clearErrors();
          }}
        />
      ))}
      <SaveActions busy={save.isPending} dirty={dirty} saveLabel={t('adminSchedules.weekly.save')} onDiscard={() => reset({ week: toWeek(saved) })} />
    </form>
  );
}
