import type { AppointmentDetails } from '../../api';
import { useTranslation } from '../../i18n';
import { formatInZone, formatMinutes, formatMoney, formatStamp, formatTimeInZone } from '../../lib/format';

/** Who, when (at the location, its zone named), where and what. */
export function AppointmentFacts({ details }: { details: AppointmentDetails }) {
  const { t, i18n } = useTranslation('staff');
  const locale = i18n.language;
  const zone = details.timeZone;
  return (
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
  );
}

/** Every change the appointment went through, oldest first, stamped in the location's zone. */
export function AppointmentHistory({ details }: { details: AppointmentDetails }) {
  const { t, i18n } = useTranslation('staff');
  const locale = i18n.language;
  const zone = details.timeZone;
  return (
    <>
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
