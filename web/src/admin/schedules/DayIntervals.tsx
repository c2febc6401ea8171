import { useFieldArray, type Control, type UseFormRegister } from 'react-hook-form';
import type { DayOfWeek } from '../../api';
import { useFieldErrors } from '../../forms/errors';
import { useTranslation } from '../../i18n';
import { maxIntervalsPerDay } from './weeklyHours';
import type { WeekFormValues } from './WeeklyHoursEditor';

interface Props {
  day: DayOfWeek;
  control: Control<WeekFormValues>;
  register: UseFormRegister<WeekFormValues>;
  errors: ReturnType<typeof useFieldErrors<WeekFormValues>>;
  /** The id of an interval's input, stable by day and position, so error messages and focus can find it. */
  inputId: (day: DayOfWeek, index: number, side: 'start' | 'end') => string;
  /** Called on any edit of this day (typing, adding, removing). */
  onEdit: () => void;
  onRemove: () => void;
}

/** One weekday's working intervals: from–to pairs, added and removed one at a time; none means a day off. */
export function DayIntervals({ day, control, register, errors, inputId, onEdit, onRemove }: Props) {
  const { t } = useTranslation('staff');
  const intervals = useFieldArray({ control, name: `week.${day}` });
  const dayName = t(`adminSchedules.days.${day}`);

  const add = () => {
    // A starting point to adjust: the morning on an empty day, the afternoon after it.
    const next = intervals.fields.length === 0 ? { start: '09:00', end: '14:00' } : { start: '16:00', end: '20:00' };
    intervals.append(next, { focusName: `week.${day}.${intervals.fields.length}.start` });
    onEdit();
  };

  return (
    <fieldset className="weekly-hours__day">
      <legend>{dayName}</legend>
      {intervals.fields.length === 0 && <p className="muted">{t('adminSchedules.weekly.dayOff')}</p>}
      {intervals.fields.map((interval, index) => {
        const message = errors(`week.${day}.${index}.start`) ?? errors(`week.${day}.${index}.end`);
        const errorId = `${inputId(day, index, 'start')}-error`;
        const side = (name: 'start' | 'end') => ({
          id: inputId(day, index, name),
          type: 'time',
          'aria-invalid': errors(`week.${day}.${index}.${name}`) ? true : undefined,
          'aria-describedby': message ? errorId : undefined,
          ...register(`week.${day}.${index}.${name}`, { onChange: onEdit }),
        });
        return (
          <div key={interval.id} className="weekly-hours__interval">
            <div className="field">
              <label htmlFor={inputId(day, index, 'start')}>{t('adminSchedules.weekly.from')}</label>
              {/* The visible label is one word; the name says which day and interval (and still starts with it). */}
              <input aria-label={t('adminSchedules.weekly.fromLabel', { day: dayName, index: index + 1 })} {...side('start')} />
            </div>
            <div className="field">
              <label htmlFor={inputId(day, index, 'end')}>{t('adminSchedules.weekly.to')}</label>
              <input aria-label={t('adminSchedules.weekly.toLabel', { day: dayName, index: index + 1 })} {...side('end')} />
            </div>
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={t('adminSchedules.weekly.removeIntervalLabel', { index: index + 1, day: dayName })}
              onClick={() => {
                intervals.remove(index);
                onRemove();
              }}
            >
              {t('adminSchedules.weekly.removeInterval')}
            </button>
            {message && (
              <p id={errorId} className="field__error weekly-hours__error">
                {message}
              </p>
            )}
          </div>
        );
      })}
      {intervals.fields.length < maxIntervalsPerDay ? (
        <button type="button" className="button button--secondary button--small" aria-label={t('adminSchedules.weekly.addIntervalLabel', { day: dayName })} onClick={add}>
          {t('adminSchedules.weekly.addInterval')}
        </button>
      ) : (
        <p className="field__hint">{t('adminSchedules.weekly.maxIntervals')}</p>
      )}
    </fieldset>
  );
}
