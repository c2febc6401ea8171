import { useId } from 'react';
import * as z from 'zod/mini';
import { useFieldErrors } from '../../forms/errors';
import { TextField } from '../../forms/TextField';
import { useZodForm } from '../../forms/useZodForm';
import { useTranslation } from '../../i18n';
import { localDate, localTime } from './calendarRules';

const schema = z.object({ date: localDate, time: localTime });

interface Props {
  /** The appointment's current date and time at the location. */
  initial: { date: string; time: string };
  zone: string;
  busy: boolean;
  onSubmit: (date: string, time: string) => void;
}

/** A new date and time, typed as the location's wall clock reads them. */
export function RescheduleAppointmentForm({ initial, zone, busy, onSubmit }: Props) {
  const { t } = useTranslation('staff');
  const hintId = useId();
  const { register, handleSubmit, formState } = useZodForm(schema, { defaultValues: initial });
  const fieldError = useFieldErrors(formState.errors);

  return (
    <form
      className="appointment-subform"
      noValidate
      aria-label={t('calendar.rescheduleForm.heading')}
      onSubmit={handleSubmit((values) => onSubmit(values.date, values.time))}
    >
      <p id={hintId} className="field__hint">
        {t('calendar.rescheduleForm.hint', { zone })}
      </p>
      <TextField label={t('calendar.rescheduleForm.date')} type="date" describedBy={hintId} registration={register('date')} error={fieldError('date')} />
      <TextField label={t('calendar.rescheduleForm.time')} type="time" step={300} describedBy={hintId} registration={register('time')} error={fieldError('time')} />
      <button type="submit" className="button" disabled={busy}>
        {t('calendar.rescheduleForm.submit')}
      </button>
    </form>
  );
}
