import { useId, useState } from 'react';
import * as z from 'zod/mini';
import { schedulingClient, type AppointmentDetails, type MyAppointment } from '../api';
import { problemOf } from '../api/problems';
import { CheckboxField } from '../forms/CheckboxField';
import { useFieldErrors } from '../forms/errors';
import { FormAlert } from '../forms/FormMessages';
import { optionalText } from '../forms/rules';
import { TextField } from '../forms/TextField';
import { useZodForm } from '../forms/useZodForm';
import { useTranslation } from '../i18n';
import { ModalDialog } from '../layout/ModalDialog';
import { formatInstant, formatMoney } from '../lib/format';

const maxReasonLength = 500;

/** A late fee must be accepted explicitly before the request goes out. */
const cancelSchema = (feeDue: boolean) =>
  z.object({ acceptFee: z.boolean(), reason: optionalText(maxReasonLength) }).check(
    z.refine((values) => !feeDue || values.acceptFee, { path: ['acceptFee'], message: 'portal.appointments.cancelDialog.acceptFeeRequired' }),
  );

interface Props {
  item: MyAppointment;
  policyText: string;
  onCancelled: (details: AppointmentDetails) => void;
  onClose: () => void;
}

/** Confirms a cancellation with the policy in view. */
export function CancelDialog({ item, policyText, onCancelled, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage;
  const headingId = useId();
  const [failure, setFailure] = useState<string | null>(null);
  const { appointment, lateCancellationFeeMinor: fee } = item;
  // Fees come in minor units without a currency; the appointment's prices carry the clinic's.
  const amount = fee > 0 ? formatMoney({ amountMinor: fee, currency: appointment.services[0]?.price.currency ?? 'EUR' }, locale) : '';
  const { register, handleSubmit, formState } = useZodForm(cancelSchema(fee > 0), { defaultValues: { acceptFee: false, reason: '' } });
  const fieldError = useFieldErrors(formState.errors);

  const onSubmit = async (values: z.output<ReturnType<typeof cancelSchema>>) => {
    setFailure(null);
    try {
      const details = await schedulingClient.cancelMyAppointment(appointment.id, { acceptLateFee: fee > 0 && values.acceptFee, reason: values.reason || null });
      onCancelled(details);
    } catch (error) {
      // The API explains a refusal (call the clinic, fee changed) in its detail; show it as given.
      setFailure(problemOf(error).detail ?? t('portal.appointments.cancelDialog.failed'));
    }
  };

  return (
    <ModalDialog heading={t('portal.appointments.cancelDialog.heading')} onClose={onClose} headingId={headingId}>
      <p>
        {t('portal.appointments.cancelDialog.intro', {
          when: formatInstant(appointment.startsAt, appointment.timeZone, locale),
          location: appointment.locationName,
        })}
      </p>
      <h3>{t('portal.appointments.cancelDialog.policy')}</h3>
      <p className="policy-text">{policyText}</p>
      <form noValidate onSubmit={handleSubmit(onSubmit)}>
        {fee > 0 && (
          <>
            <p className="notice">{t('portal.appointments.cancelDialog.fee', { amount })}</p>
            <CheckboxField
              label={t('portal.appointments.cancelDialog.acceptFee', { amount })}
              required
              registration={register('acceptFee')}
              error={fieldError('acceptFee')}
            />
          </>
        )}
        <TextField label={t('portal.appointments.cancelDialog.reason')} type="text" maxLength={maxReasonLength} registration={register('reason')} />
        <FormAlert>{failure && <p>{failure}</p>}</FormAlert>
        <div className="step-actions">
          <button type="submit" className="button button--danger" disabled={formState.isSubmitting} aria-busy={formState.isSubmitting}>
            {formState.isSubmitting ? t('portal.appointments.cancelDialog.confirming') : t('portal.appointments.cancelDialog.confirm')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('portal.appointments.cancelDialog.keep')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
