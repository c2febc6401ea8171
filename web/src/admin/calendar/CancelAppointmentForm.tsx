import * as z from 'zod/mini';
import { CheckboxField } from '../../forms/CheckboxField';
import { optionalText } from '../../forms/rules';
import { TextAreaField } from '../../forms/TextAreaField';
import { useZodForm } from '../../forms/useZodForm';
import { useTranslation } from '../../i18n';
import { maxReasonLength } from './calendarRules';

const schema = z.object({ chargeLateFee: z.boolean(), reason: optionalText(maxReasonLength) });

interface Props {
  /** The late fee as text, when the policy sets one. */
  lateFee: string | null;
  busy: boolean;
  onSubmit: (body: { chargeLateFee: boolean; reason: string | null }) => void;
}

/** Staff cancel on the patient's behalf, and decide whether the late fee applies. */
export function CancelAppointmentForm({ lateFee, busy, onSubmit }: Props) {
  const { t } = useTranslation('staff');
  const { register, handleSubmit } = useZodForm(schema, { defaultValues: { chargeLateFee: false, reason: '' } });

  return (
    <form
      className="appointment-subform"
      noValidate
      aria-label={t('calendar.cancelForm.heading')}
      onSubmit={handleSubmit((values) => onSubmit({ chargeLateFee: values.chargeLateFee, reason: values.reason || null }))}
    >
      <CheckboxField
        label={lateFee ? t('calendar.cancelForm.chargeFeeAmount', { amount: lateFee }) : t('calendar.cancelForm.chargeFee')}
        registration={register('chargeLateFee')}
      />
      <TextAreaField label={t('calendar.cancelForm.reason')} rows={2} maxLength={maxReasonLength} registration={register('reason')} />
      <button type="submit" className="button button--danger" disabled={busy}>
        {t('calendar.cancelForm.submit')}
      </button>
    </form>
  );
}
