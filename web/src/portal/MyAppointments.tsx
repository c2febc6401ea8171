import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { AppointmentDetails, MyAppointment, MyAppointmentsResponse } from '../api';
import { useTranslation } from '../i18n';
import { formatInstant, zoneCity } from '../lib/format';
import { CancelDialog } from './CancelDialog';
import { portalKeys, useMyAppointments } from './queries';
import { ReschedulePanel } from './ReschedulePanel';

type Kind = 'upcoming' | 'past';

/** The patient's appointments (PP14) with online cancel and reschedule where the clinic's policy allows it (PP15). */
export function MyAppointments() {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'es';
  const queryClient = useQueryClient();
  const appointments = useMyAppointments();
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const [cancellations, setCancellations] = useState(0);

  // After the modal dialog has closed (the page behind it is inert until then): the cancelled card has left
  // its list, so focus goes to a stable place instead of being lost.
  useEffect(() => {
    if (cancellations > 0) heading.current?.focus();
  }, [cancellations]);

  function replace(details: AppointmentDetails, moveToPast: boolean) {
    queryClient.setQueryData<MyAppointmentsResponse>(portalKeys.appointments, (current) => {
      if (!current) return current;
      const updated = (item: MyAppointment): MyAppointment =>
        moveToPast ? { ...item, appointment: details, canCancelOnline: false, canRescheduleOnline: false, lateCancellationFeeMinor: 0 } : { ...item, appointment: details };
      const found = current.upcoming.find((item) => item.appointment.id === details.id);
      if (!found) return current;
      const rest = current.upcoming.filter((item) => item.appointment.id !== details.id);
      return moveToPast
        ? { ...current, upcoming: rest, past: [updated(found), ...current.past] }
        : { ...current, upcoming: current.upcoming.map((item) => (item.appointment.id === details.id ? updated(item) : item)) };
    });
    void queryClient.invalidateQueries({ queryKey: portalKeys.appointments });
  }

  return (
    <section aria-labelledby="my-appointments-heading" className="my-appointments">
      <h2 id="my-appointments-heading" ref={heading} tabIndex={-1}>
        {t('portal.appointments.heading')}
      </h2>
      <p role="status" className="my-appointments__status">
        {announcement}
      </p>
      {appointments.isPending && <p role="status">{t('portal.appointments.loading')}</p>}
      {appointments.isError && (
        <div role="alert" className="notice notice--error">
          <p>{t('portal.appointments.loadError')}</p>
          <button type="button" className="button" onClick={() => void appointments.refetch()}>
            {t('portal.appointments.retry')}
          </button>
        </div>
      )}
      {appointments.data && (
        <>
          <AppointmentGroup
            kind="upcoming"
            items={appointments.data.upcoming}
            policyText={locale === 'en' ? appointments.data.policyTextEn : appointments.data.policyTextEs}
            onCancelled={(details) => {
              replace(details, true);
              setCancellations((count) => count + 1);
              setAnnouncement(t('portal.appointments.cancelled', { when: formatInstant(details.startsAt, details.timeZone, locale) }));
            }}
            onRescheduled={(details) => {
              replace(details, false);
              setAnnouncement(t('portal.appointments.rescheduled', { when: formatInstant(details.startsAt, details.timeZone, locale) }));
            }}
          />
          <AppointmentGroup kind="past" items={appointments.data.past} policyText="" />
        </>
      )}
    </section>
  );
}

interface GroupProps {
  kind: Kind;
  items: MyAppointment[];
  policyText: string;
  onCancelled?: (details: AppointmentDetails) => void;
  onRescheduled?: (details: AppointmentDetails) => void;
}

function AppointmentGroup({ kind, items, policyText, onCancelled, onRescheduled }: GroupProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={`appointment-group appointment-group--${kind}`}>
      <h3 id={headingId}>{t(`portal.appointments.${kind}`)}</h3>
      {items.length === 0 ? (
        <p className="notice">
          {t(kind === 'upcoming' ? 'portal.appointments.noUpcoming' : 'portal.appointments.noPast')}{' '}
          {kind === 'upcoming' && <Link to="/book">{t('portal.appointments.bookLink')}</Link>}
        </p>
      ) : (
        <ul className="appointment-cards">
          {items.map((item) => (
            <AppointmentCard key={item.appointment.id} kind={kind} item={item} policyText={policyText} onCancelled={onCancelled} onRescheduled={onRescheduled} />
          ))}
        </ul>
      )}
    </section>
  );
}

interface CardProps {
  kind: Kind;
  item: MyAppointment;
  policyText: string;
  onCancelled?: (details: AppointmentDetails) => void;
  onRescheduled?: (details: AppointmentDetails) => void;
}

function AppointmentCard({ kind, item, policyText, onCancelled, onRescheduled }: CardProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'es';
  const [open, setOpen] = useState<'cancel' | 'reschedule' | null>(null);
  const rescheduleButton = useRef<HTMLButtonElement>(null);
  const { appointment } = item;
  const when = formatInstant(appointment.startsAt, appointment.timeZone, locale);
  const zone = t('portal.appointments.zone', { city: zoneCity(appointment.timeZone, locale), zone: appointment.timeZone });
  const callClinic = kind === 'upcoming' && (!item.canCancelOnline || !item.canRescheduleOnline);

  return (
    <li className={`appointment-card appointment-card--${kind}`} data-appointment-id={appointment.id}>
      <p className="appointment-card__label">{t(kind === 'upcoming' ? 'portal.appointments.upcomingLabel' : 'portal.appointments.pastLabel')}</p>
      <dl className="appointment-card__facts">
        <dt>{t('portal.appointments.when')}</dt>
        <dd>
          <span className="appointment-card__when">{when}</span> · {zone}
        </dd>
        <dt>{t('portal.appointments.location')}</dt>
        <dd>{appointment.locationName}</dd>
        <dt>{t('portal.appointments.services')}</dt>
        <dd>{appointment.services.map((service) => service.name).join(', ')}</dd>
        <dt>{t('portal.appointments.provider')}</dt>
        <dd>{appointment.providerName}</dd>
        {kind === 'past' && (
          <>
            <dt>{t('portal.appointments.status')}</dt>
            <dd className={`appointment-card__status appointment-card__status--${appointment.status}`}>{t(`portal.appointments.statuses.${appointment.status}`)}</dd>
          </>
        )}
      </dl>
      <div className="appointment-card__actions">
        {appointment.status !== 'Cancelled' && (
          <a className="button button--secondary" href={appointment.calendarUrl} aria-label={t('portal.appointments.addToCalendarFor', { when })}>
            {t('portal.appointments.addToCalendar')}
          </a>
        )}
        {kind === 'upcoming' && item.canRescheduleOnline && (
          <button
            ref={rescheduleButton}
            type="button"
            className="button button--secondary"
            aria-expanded={open === 'reschedule'}
            aria-label={t('portal.appointments.rescheduleFor', { when })}
            onClick={() => setOpen(open === 'reschedule' ? null : 'reschedule')}
          >
            {t('portal.appointments.reschedule')}
          </button>
        )}
        {kind === 'upcoming' && item.canCancelOnline && (
          <button type="button" className="button button--danger" aria-label={t('portal.appointments.cancelFor', { when })} onClick={() => setOpen('cancel')}>
            {t('portal.appointments.cancel')}
          </button>
        )}
      </div>
      {callClinic && (
        <p className="appointment-card__call">
          {t('portal.appointments.callClinic')} <a href={`tel:${appointment.locationPhone.replace(/\s+/g, '')}`}>{appointment.locationPhone}</a>
        </p>
      )}
      {open === 'reschedule' && onRescheduled && (
        <ReschedulePanel
          appointment={appointment}
          zone={zone}
          onClose={() => {
            setOpen(null);
            rescheduleButton.current?.focus();
          }}
          onRescheduled={(details) => {
            setOpen(null);
            rescheduleButton.current?.focus();
            onRescheduled(details);
          }}
        />
      )}
      {open === 'cancel' && onCancelled && (
        <CancelDialog
          item={item}
          policyText={policyText}
          onClose={() => setOpen(null)}
          onCancelled={(details) => {
            setOpen(null);
            onCancelled(details);
          }}
        />
      )}
    </li>
  );
}
