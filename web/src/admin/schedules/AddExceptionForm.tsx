import { useId, useState } from 'react';
import type { ScheduleExceptionKind } from '../../api';
import { problemOf } from '../../api/problems';
import { CheckboxField } from '../../forms/CheckboxField';
import { useFieldErrors } from '../../forms/errors';
import { FormAlert } from '../../forms/FormMessages';
import { TextField } from '../../forms/TextField';
import { useZodForm } from '../../forms/useZodForm';
import { useTranslation } from '../../i18n';
import { formatLongDate } from '../../lib/format';
import { exceptionSchema, isWholeDay, kinds, maxReasonLength, serverExceptionErrors, type ExceptionField, type ExceptionValues } from './exceptionRules';
import { useAddScheduleException } from './queries';

interface Props {
  providerId: string;
  locationId: string;
  /** Today at the location: nothing can be added before it. */
  minDate: string;
  onAdded: (message: string) => void;
}

/** Time off for the provider (every location), extra hours at this location, or a closure of the location. */
export function AddExceptionForm({ providerId, locationId, minDate, onAdded }: Props) {
  const { t, i18n } = useTranslation('staff');
  const headingId = useId();
  const kindId = useId();
  const add = useAddScheduleException();
  const [alert, setAlert] = useState<string>();
  const { register, handleSubmit, setError, setFocus, setValue, watch, formState } = useZodForm(exceptionSchema, {
    defaultValues: { kind: 'TimeOff', date: '', wholeDay: true, start: '09:00', end: '14:00', reason: '' },
  });
  const fieldError = useFieldErrors(formState.errors);
  const kind = watch('kind');
  const wholeDay = isWholeDay({ kind, wholeDay: watch('wholeDay') });

  const onSubmit = async (values: ExceptionValues) => {
    setAlert(undefined);
    try {
      await add.mutateAsync({
        kind: values.kind,
        providerId: values.kind === 'LocationClosed' ? null : providerId,
        locationId: values.kind === 'TimeOff' ? null : locationId,
        date: values.date,
        time: isWholeDay(values) ? null : { start: values.start, end: values.end },
        reason: values.reason || null,
      });
      onAdded(t('adminSchedules.exceptions.add.added', { kind: t(`adminSchedules.exceptions.kinds.${values.kind}`), date: formatLongDate(values.date, i18n.language) }));
      setValue('date', '');
      setValue('reason', '');
    } catch (error) {
      const problem = problemOf(error);
      const fields = serverExceptionErrors(problem.errors);
      const named = (['date', 'start', 'end', 'reason'] as const).filter((field) => fields[field]);
      if (problem.status === 400 && named.length > 0) {
        named.forEach((field: ExceptionField) => setError(field, { type: 'server', message: fields[field] }));
        setFocus(named[0]);
      } else if (problem.status === 403) setAlert(t('adminSchedules.adminOnly'));
      else if (problem.status === 400 || problem.status === 404 || problem.status === 422) setAlert([t('adminSchedules.weekly.invalid'), problem.detail].filter(Boolean).join(' '));
      else setAlert(t('errors.unexpected'));
    }
  };

  return (
    <form className="form settings-form schedule-exceptions__add" noValidate aria-labelledby={headingId} onSubmit={handleSubmit(onSubmit)}>
      <h3 id={headingId}>{t('adminSchedules.exceptions.add.heading')}</h3>
      <FormAlert>{alert}</FormAlert>
      <div className="field">
        <label htmlFor={kindId}>{t('adminSchedules.exceptions.add.kind')}</label>
        <p id={`${kindId}-hint`} className="field__hint">
          {t(`adminSchedules.exceptions.kindHints.${kind}`)}
        </p>
        <select id={kindId} aria-describedby={`${kindId}-hint`} {...register('kind')}>
          {kinds.map((option: ScheduleExceptionKind) => (
            <option key={option} value={option}>
              {t(`adminSchedules.exceptions.kinds.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField label={t('adminSchedules.exceptions.add.date')} type="date" min={minDate} registration={register('date')} error={fieldError('date')} />
      {kind !== 'ExtraHours' && <CheckboxField label={t('adminSchedules.exceptions.add.wholeDay')} registration={register('wholeDay')} />}
      {!wholeDay && (
        <div className="weekly-hours__interval">
          <TextField label={t('adminSchedules.exceptions.add.start')} type="time" registration={register('start')} error={fieldError('start')} />
          <TextField label={t('adminSchedules.exceptions.add.end')} type="time" registration={register('end')} error={fieldError('end')} />
        </div>
      )}
      <TextField
        label={t('adminSchedules.exceptions.add.reason')}
        hint={t('adminSchedules.exceptions.add.reasonHint')}
        maxLength={maxReasonLength}
        registration={register('reason')}
        error={fieldError('reason')}
      />
      <button type="submit" className="button" disabled={add.isPending} aria-busy={add.isPending}>
        {t('adminSchedules.exceptions.add.submit')}
      </button>
    </form>
  );
}
