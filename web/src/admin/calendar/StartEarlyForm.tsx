import { useEffect } from 'react';
import * as z from 'zod/mini';
import { useFieldErrors } from '../../forms/errors';
import { requiredText } from '../../forms/rules';
import { TextAreaField } from '../../forms/TextAreaField';
import { useZodForm } from '../../forms/useZodForm';
import { useTranslation } from '../../i18n';
import { maxEarlyStartReasonLength } from './calendarRules';

const schema = z.object({ reason: requiredText(maxEarlyStartReasonLength) });

interface Props {
  /** When the appointment could be started without a reason, already formatted in the location's zone. */
  startableFrom: string;
  busy: boolean;
  onSubmit: (reason: string) => void;
}

/**
 * Starting long before the booked time is usually a slip (it releases aftercare to the patient), so the API asks
 * for a reason; staff who mean it say why, and the history keeps it.
 */
export function StartEarlyForm({ startableFrom, busy, onSubmit }: Props) {
  const { t } = useTranslation('staff');
  const { register, handleSubmit, formState, setFocus } = useZodForm(schema, { defaultValues: { reason: '' } });
  const fieldError = useFieldErrors(formState.errors);
  // The form appears in answer to the Start button: the reason is what to type next.
  useEffect(() => setFocus('reason'), [setFocus]);

  return (
    <form className="appointment-subform" noValidate aria-label={t('calendar.startEarlyForm.heading')} onSubmit={handleSubmit((values) => onSubmit(values.reason))}>
      <p>{t('calendar.startEarlyForm.explain', { from: startableFrom })}</p>
      <TextAreaField
        label={t('calendar.startEarlyForm.reason')}
        rows={2}
        maxLength={maxEarlyStartReasonLength}
        registration={register('reason')}
        error={fieldError('reason')}
      />
      <button type="submit" className="button" disabled={busy}>
        {t('calendar.startEarlyForm.submit')}
      </button>
    </form>
  );
}
