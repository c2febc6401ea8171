import { useId, useState, type FormEvent } from 'react';
import { ModalDialog } from '../layout/ModalDialog';
import { useTranslation } from 'react-i18next';
import type { AppointmentDetails } from '../api';
import { problemOf } from '../api/problems';
import { formatMinutes, formatMoney } from '../lib/format';
import { legalActions, type AppointmentAction } from './appointmentActions';
import { AppointmentForms } from './forms/AppointmentForms';
import { formatInZone, formatStamp, formatTimeInZone, localParts, zonedIso } from './format';
import { useAppointment, useAppointmentCommand, type AppointmentCommand } from './queries';

interface Props {
  appointmentId: string;
  onClose: () => void;
  /** Today's instant; injectable so tests can place "now" before or after the appointment. */
  now?: () => Date;
}

/**
 * The appointment's details and the actions its status allows. A native modal <dialog> keeps keyboard
 * focus inside it and closes on Escape; the page behind becomes inert while it is open.
 */
export function AppointmentDialog({ appointmentId, onClose, now = () => new Date() }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const appointment = useAppointment(appointmentId);


  return (
    <ModalDialog heading={t('calendar.details.heading')} onClose={onClose} closeLabel={t('calendar.details.close')} headingId={headingId}>
      {appointment.isPending && <p role="status">{t('calendar.details.loading')}</p>}
      {appointment.isError && <p role="alert">{t('calendar.details.loadError')}</p>}
      {appointment.data && <AppointmentBody details={appointment.data} headingId={headingId} now={now} />}
    </ModalDialog>
  );
}

function AppointmentBody({ details, headingId, now }: { details: AppointmentDetails; headingId: string; now: () => Date }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const command = useAppointmentCommand(details.id);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<{ message: string; detail?: string | null } | null>(null);
  const [form, setForm] = useState<'cancel' | 'reschedule' | null>(null);

  async function run(action: AppointmentAction, next: AppointmentCommand) {
    setError(null);
    setResult(null);
    try {
      await command.mutateAsync(next);
      setForm(null);
      setResult(t(`calendar.done.${action}`));
      // The button just pressed may be gone: keep focus inside the dialog, on its title.
      document.getElementById(headingId)?.focus();
    } catch (failure) {
      const problem = problemOf(failure);
      if (problem.status === 409 || problem.status === 422) setError({ message: t('calendar.conflict'), detail: problem.detail });
      else if (problem.status === 400) setError({ message: t('calendar.invalid'), detail: problem.detail ?? firstError(problem.errors) });
      else if (problem.status === 404) setError({ message: t('calendar.details.loadError') });
      else setError({ message: t('errors.unexpected') });
    }
  }

  const actions = legalActions(details.status, details.startsAt, now());
  const zone = details.timeZone;

  return (
    <>
      <dl className="appointment-facts">
        <dt>{t('calendar.details.patient')}</dt>
        <dd>{details.patientName}</dd>
        <dt>{t('calendar.details.status')}</dt>
        <dd>
          <span className={`status-badge status-badge--${details.status}`}>{t(`calendar.status.${details.status}`)}</span>
        </dd>
        <dt>{t('calendar.details.when')}</dt>
        <dd>
          {formatInZone(details.startsAt, zone, locale)} – {formatTimeInZone(details.endsAt, zone, locale)}{' '}
          <span className="muted">({t('calendar.zoneNamed', { zone })})</span>
        </dd>
        <dt>{t('calendar.details.provider')}</dt>
        <dd>{details.providerName}</dd>
        <dt>{t('calendar.details.location')}</dt>
        <dd>{details.locationName}</dd>
        <dt>{t('calendar.details.services')}</dt>
        <dd>
          <ul className="plain-list">
            {details.services.map((service) => (
              <li key={service.serviceId}>
                {service.name} · {formatMinutes(service.durationMinutes, locale)} · {formatMoney(service.price, locale)}
              </li>
            ))}
          </ul>
        </dd>
        {details.notes && (
          <>
            <dt>{t('calendar.details.notes')}</dt>
            <dd>{details.notes}</dd>
          </>
        )}
      </dl>
      <AppointmentForms appointmentId={details.id} />

      <div role="status" className="appointment-dialog__result">
        {result}
      </div>
      {error && (
        <div role="alert" className="notice notice--error">
          <p>{error.message}</p>
          {error.detail && <p lang="en">{error.detail}</p>}
        </div>
      )}

      {actions.length > 0 && (
        <div className="appointment-actions" role="group" aria-label={t('calendar.details.actions')}>
          {actions.includes('start') && (
            <button type="button" className="button" disabled={command.isPending} onClick={() => void run('start', { action: 'start' })}>
              {t('calendar.action.start')}
            </button>
          )}
          {actions.includes('complete') && (
            <button type="button" className="button" disabled={command.isPending} onClick={() => void run('complete', { action: 'complete' })}>
              {t('calendar.action.complete')}
            </button>
          )}
          {actions.includes('noShow') && (
            <button type="button" className="button button--secondary" disabled={command.isPending} onClick={() => void run('noShow', { action: 'noShow' })}>
              {t('calendar.action.noShow')}
            </button>
          )}
          {actions.includes('reschedule') && (
            <button type="button" className="button button--secondary" aria-expanded={form === 'reschedule'} onClick={() => setForm(form === 'reschedule' ? null : 'reschedule')}>
              {t('calendar.action.reschedule')}
            </button>
          )}
          {actions.includes('cancel') && (
            <button type="button" className="button button--danger" aria-expanded={form === 'cancel'} onClick={() => setForm(form === 'cancel' ? null : 'cancel')}>
              {t('calendar.action.cancel')}
            </button>
          )}
        </div>
      )}

      {form === 'cancel' && (
        <CancelForm
          lateFee={details.cancellationFeeMinor > 0 ? formatMoney({ amountMinor: details.cancellationFeeMinor, currency: details.services[0]?.price.currency ?? 'EUR' }, locale) : null}
          busy={command.isPending}
          onSubmit={(body) => void run('cancel', { action: 'cancel', body })}
        />
      )}
      {form === 'reschedule' && (
        <RescheduleForm
          initial={localParts(details.startsAt, zone)}
          zone={zone}
          busy={command.isPending}
          onSubmit={(date, time) => void run('reschedule', { action: 'reschedule', body: { startsAt: zonedIso(date, time, zone), providerId: null } })}
        />
      )}

      <h3>{t('calendar.details.history')}</h3>
      <ol className="appointment-history">
        {details.history.map((entry, index) => (
          <li key={index}>
            <span className="muted">{formatStamp(entry.at, zone, locale)}</span> · {entry.action} · {entry.by}
            {entry.details && <> · {entry.details}</>}
          </li>
        ))}
      </ol>
    </>
  );
}

function firstError(errors: Record<string, string[]> | undefined): string | undefined {
  return errors ? Object.values(errors)[0]?.[0] : undefined;
}

function CancelForm({ lateFee, busy, onSubmit }: { lateFee: string | null; busy: boolean; onSubmit: (body: { chargeLateFee: boolean; reason: string | null }) => void }) {
  const { t } = useTranslation();
  const feeId = useId();
  const reasonId = useId();
  const [chargeLateFee, setChargeLateFee] = useState(false);
  const [reason, setReason] = useState('');

  return (
    <form
      className="appointment-subform"
      aria-label={t('calendar.cancelForm.heading')}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit({ chargeLateFee, reason: reason.trim() || null });
      }}
    >
      <div className="field field--checkbox">
        <input id={feeId} type="checkbox" checked={chargeLateFee} onChange={(event) => setChargeLateFee(event.target.checked)} />
        <label htmlFor={feeId}>{lateFee ? t('calendar.cancelForm.chargeFeeAmount', { amount: lateFee }) : t('calendar.cancelForm.chargeFee')}</label>
      </div>
      <div className="field">
        <label htmlFor={reasonId}>{t('calendar.cancelForm.reason')}</label>
        <textarea id={reasonId} rows={2} maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />
      </div>
      <button type="submit" className="button button--danger" disabled={busy}>
        {t('calendar.cancelForm.submit')}
      </button>
    </form>
  );
}

function RescheduleForm({ initial, zone, busy, onSubmit }: { initial: { date: string; time: string }; zone: string; busy: boolean; onSubmit: (date: string, time: string) => void }) {
  const { t } = useTranslation();
  const dateId = useId();
  const timeId = useId();
  const hintId = useId();
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);

  return (
    <form
      className="appointment-subform"
      aria-label={t('calendar.rescheduleForm.heading')}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit(date, time);
      }}
    >
      <p id={hintId} className="field__hint">
        {t('calendar.rescheduleForm.hint', { zone })}
      </p>
      <div className="field">
        <label htmlFor={dateId}>{t('calendar.rescheduleForm.date')}</label>
        <input id={dateId} type="date" required value={date} aria-describedby={hintId} onChange={(event) => setDate(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={timeId}>{t('calendar.rescheduleForm.time')}</label>
        <input id={timeId} type="time" required step={300} value={time} aria-describedby={hintId} onChange={(event) => setTime(event.target.value)} />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {t('calendar.rescheduleForm.submit')}
      </button>
    </form>
  );
}
