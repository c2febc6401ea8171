import type { BookingConfirmation } from '../api';
import { brandName } from '../shared/payments/testCards';
import type { SecuredPayment } from './flowState';
import { useTranslation } from '../i18n';
import { formatInstant, formatMoney, formatTime, zoneCity } from '../lib/format';
import { googleCalendarUrl, outlookCalendarUrl } from './calendarLinks';

export function ConfirmationView({ confirmation, clinicName, payment }: { confirmation: BookingConfirmation; clinicName: string; payment?: SecuredPayment | null }) {
  // Payment strings are loaded: a booking with a payment went through the card step.
  const { t, i18n } = useTranslation('payment');
  const locale = i18n.resolvedLanguage ?? 'es';

  return (
    <div className="confirmation">
      <div role="status" className="notice notice--success">
        <p>{t('booking.done.sent', { count: confirmation.appointments.length })}</p>
        {payment && (
          <p>
            {payment.depositMinor > 0
              ? t('pay.done.depositPaid', { amount: formatMoney({ amountMinor: payment.depositMinor, currency: payment.currency }, locale), brand: brandName(payment.brand), last4: payment.last4 })
              : t('pay.done.cardSaved', { brand: brandName(payment.brand), last4: payment.last4 })}
          </p>
        )}
      </div>
      {confirmation.appointments.map((appointment) => {
        const title = `${appointment.services.map((service) => service.name).join(' + ')} · ${clinicName}`;
        const event = {
          title,
          location: `${appointment.locationName}, ${appointment.locationAddress}`,
          details: t('booking.done.calendarDetails', { provider: appointment.providerName }),
          startsAt: appointment.startsAt,
          endsAt: appointment.endsAt,
        };
        return (
          <section key={appointment.appointmentId} className="summary" aria-labelledby={`appointment-${appointment.appointmentId}`}>
            <h2 id={`appointment-${appointment.appointmentId}`}>{formatInstant(appointment.startsAt, appointment.timeZone, locale)}</h2>
            <p className="summary__zone">
              {t('booking.review.until', { time: formatTime(appointment.endsAt, appointment.timeZone, locale) })} ·{' '}
              {t('booking.time.zone', { city: zoneCity(appointment.timeZone, locale), zone: appointment.timeZone })}
            </p>
            <dl className="summary__facts">
              <div>
                <dt>{t('booking.review.where')}</dt>
                <dd>
                  {appointment.locationName}, {appointment.locationAddress}
                </dd>
              </div>
              <div>
                <dt>{t('booking.review.with')}</dt>
                <dd>{appointment.providerName}</dd>
              </div>
            </dl>
            <ul className="summary__services">
              {appointment.services.map((service) => (
                <li key={service.serviceId}>
                  <span>{service.name}</span>
                  <span>{service.price.amountMinor === 0 ? t('book.free') : formatMoney(service.price, locale)}</span>
                </li>
              ))}
            </ul>
            <h3>{t('booking.done.addToCalendar')}</h3>
            <ul className="calendar-links">
              <li>
                <a href={appointment.calendarUrl} download>
                  {t('booking.done.ics')}
                </a>
              </li>
              <li>
                <a href={googleCalendarUrl(event)} target="_blank" rel="noopener noreferrer">
                  {t('booking.done.google')}
                </a>
              </li>
              <li>
                <a href={outlookCalendarUrl(event)} target="_blank" rel="noopener noreferrer">
                  {t('booking.done.outlook')}
                </a>
              </li>
            </ul>
          </section>
        );
      })}
    </div>
  );
}
