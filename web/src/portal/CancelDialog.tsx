import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../i18n';
import { ModalDialog } from '../layout/ModalDialog';
import { schedulingClient, type AppointmentDetails, type MyAppointment } from '../api';
import { problemOf } from '../api/problems';
import { formatInstant, formatMoney } from '../lib/format';

interface Props {
  item: MyAppointment;
  policyText: string;
  onCancelled: (details: AppointmentDetails) => void;
  onClose: () => void;
}

/** Confirms a cancellation with the policy in view; a late fee must be accepted explicitly before the request goes out. */
export function CancelDialog({ item, policyText, onCancelled, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'es';
  const headingId = useId();
  const feeId = useId();
  const feeErrorId = useId();
  const reasonId = useId();
  const feeBox = useRef<HTMLInputElement>(null);
  const [acceptFee, setAcceptFee] = useState(false);
  const [feeError, setFeeError] = useState(false);
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { appointment, lateCancellationFeeMinor: fee } = item;
  // Fees come in minor units without a currency; the appointment's prices carry the clinic's.
  const amount = fee > 0 ? formatMoney({ amountMinor: fee, currency: appointment.services[0]?.price.currency ?? 'EUR' }, locale) : '';


  async function submit(event: FormEvent) {
    event.preventDefault();
    if (fee > 0 && !acceptFee) {
      setFeeError(true);
      feeBox.current?.focus();
      return;
    }
    setSending(true);
    setFailure(null);
    try {
      const details = await schedulingClient.cancelMyAppointment(appointment.id, { acceptLateFee: fee > 0 && acceptFee, reason: reason.trim() || null });
      onCancelled(details);
    } catch (error) {
      // The API explains a refusal (call the clinic, fee changed) in its detail; show it as given.
      setFailure(problemOf(error).detail ?? t('portal.appointments.cancelDialog.failed'));
    } finally {
      setSending(false);
    }
  }

  return (
    <ModalDialog heading={t('portal.appointments.cancelDialog.heading')} onClose={onClose} headingId={headingId}>
      <p>{t('portal.appointments.cancelDialog.intro', { when: formatInstant(appointment.startsAt, appointment.timeZone, locale), location: appointment.locationName })}</p>
      <h3>{t('portal.appointments.cancelDialog.policy')}</h3>
      <p className="policy-text">{policyText}</p>
      <form noValidate onSubmit={(event) => void submit(event)}>
        {fee > 0 && (
          <>
            <p className="notice">{t('portal.appointments.cancelDialog.fee', { amount })}</p>
            <div className="field field--checkbox">
              <input
                ref={feeBox}
                id={feeId}
                type="checkbox"
                required
                checked={acceptFee}
                aria-invalid={feeError ? true : undefined}
                aria-describedby={feeError ? feeErrorId : undefined}
                onChange={(event) => {
                  setAcceptFee(event.target.checked);
                  if (event.target.checked) setFeeError(false);
                }}
              />
              <label htmlFor={feeId}>{t('portal.appointments.cancelDialog.acceptFee', { amount })}</label>
            </div>
            {feeError && (
              <p id={feeErrorId} className="field__error">
                {t('portal.appointments.cancelDialog.acceptFeeRequired')}
              </p>
            )}
          </>
        )}
        <div className="field">
          <label htmlFor={reasonId}>{t('portal.appointments.cancelDialog.reason')}</label>
          <input id={reasonId} type="text" maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />
        </div>
        {failure && (
          <div role="alert" className="notice notice--error">
            <p>{failure}</p>
          </div>
        )}
        <div className="step-actions">
          <button type="submit" className="button button--danger" disabled={sending} aria-busy={sending}>
            {sending ? t('portal.appointments.cancelDialog.confirming') : t('portal.appointments.cancelDialog.confirm')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('portal.appointments.cancelDialog.keep')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
