import { useId, useState } from 'react';
import type { AppointmentDetails } from '../../api';
import { problemOf } from '../../api/problems';
import { useTranslation } from '../../i18n';
import { ModalDialog } from '../../layout/ModalDialog';
import { formatMoney } from '../../lib/format';
import { legalActions, type AppointmentAction } from './appointmentActions';
import { AppointmentForms } from '../forms/AppointmentForms';
import { AppointmentFacts, AppointmentHistory } from './AppointmentFacts';
import { CancelAppointmentForm } from './CancelAppointmentForm';
import { useAppointment, useAppointmentCommand, type AppointmentCommand } from './queries';
import { RescheduleAppointmentForm } from './RescheduleAppointmentForm';
import { localParts, zonedIso } from './zonedTime';

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
  const { t } = useTranslation('staff');
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
  const { t, i18n } = useTranslation('staff');
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
      <AppointmentFacts details={details} />
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
        <CancelAppointmentForm
          lateFee={details.cancellationFeeMinor > 0 ? formatMoney({ amountMinor: details.cancellationFeeMinor, currency: details.services[0]?.price.currency ?? 'EUR' }, locale) : null}
          busy={command.isPending}
          onSubmit={(body) => void run('cancel', { action: 'cancel', body })}
        />
      )}
      {form === 'reschedule' && (
        <RescheduleAppointmentForm
          initial={localParts(details.startsAt, zone)}
          zone={zone}
          busy={command.isPending}
          onSubmit={(date, time) => void run('reschedule', { action: 'reschedule', body: { startsAt: zonedIso(date, time, zone), providerId: null } })}
        />
      )}

      <AppointmentHistory details={details} />
    </>
  );
}

function firstError(errors: Record<string, string[]> | undefined): string | undefined {
  return errors ? Object.values(errors)[0]?.[0] : undefined;
}
