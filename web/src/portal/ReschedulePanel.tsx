import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { schedulingClient, type AppointmentDetails, type AvailableSlot, type SlotHoldResponse } from '../api';
import { problemOf } from '../api/problems';
import { useTranslation } from '../i18n';
import { todayIn } from '../lib/dates';
import { formatInstant, formatLongDate } from '../lib/format';
import { availabilityKeys, useAvailability, useAvailableDates } from '../shared/booking/availability';
import { HoldCountdown } from '../shared/booking/HoldCountdown';
import { MonthCalendar } from '../shared/booking/MonthCalendar';
import { TimeList } from '../shared/booking/TimeList';

interface Props {
  appointment: AppointmentDetails;
  zone: string;
  onRescheduled: (details: AppointmentDetails) => void;
  onClose: () => void;
}

function release(hold: SlotHoldResponse | null) {
  if (hold) void schedulingClient.releaseSlotHold(hold.holdId, hold.holdToken).catch(() => undefined);
}

/** Finds a new time for the same treatments with the same provider, holds it, and moves the appointment there once confirmed. */
export function ReschedulePanel({ appointment, zone, onRescheduled, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'es';
  const queryClient = useQueryClient();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const serviceIds = appointment.services.map((service) => service.serviceId);
  const thisMonth = todayIn(appointment.timeZone).slice(0, 7);
  const [month, setMonth] = useState(thisMonth);
  const [date, setDate] = useState<string | null>(null);
  const [hold, setHold] = useState<SlotHoldResponse | null>(null);
  const [holding, setHolding] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const dates = useAvailableDates(appointment.locationId, serviceIds, month, appointment.providerId);
  const availability = useAvailability(appointment.locationId, serviceIds, date, appointment.providerId);
  const available = new Set((dates.data?.dates ?? []).filter((day) => day.slotCount > 0).map((day) => day.date));
  const slots = availability.data?.days.find((day) => day.date === date)?.slots ?? [];
  const holdRef = useRef(hold);
  holdRef.current = hold;

  useEffect(() => heading.current?.focus(), []);
  // Leaving without confirming gives the held time back at once.
  useEffect(() => () => release(holdRef.current), []);

  async function choose(slot: AvailableSlot) {
    setHolding(slot.startsAt);
    setAlert(null);
    try {
      release(hold);
      setHold(null);
      setHold(
        await schedulingClient.placeSlotHold({ locationId: appointment.locationId, serviceIds, providerId: appointment.providerId, startsAt: slot.startsAt }),
      );
    } catch (error) {
      const status = problemOf(error).status;
      setAlert(t(status === 409 ? 'booking.time.justTaken' : status === 422 || status === 400 ? 'booking.time.notBookable' : 'errors.unexpected'));
      void queryClient.invalidateQueries({ queryKey: availabilityKeys.all });
    } finally {
      setHolding(null);
    }
  }

  async function confirm() {
    if (!hold) return;
    setConfirming(true);
    setAlert(null);
    try {
      const details = await schedulingClient.rescheduleMyAppointment(appointment.id, { holdId: hold.holdId, holdToken: hold.holdToken });
      holdRef.current = null;
      void queryClient.invalidateQueries({ queryKey: availabilityKeys.all });
      onRescheduled(details);
    } catch (error) {
      setAlert(problemOf(error).detail ?? t('portal.appointments.rescheduleForm.failed'));
    } finally {
      setConfirming(false);
    }
  }

  return (
    <section className="reschedule" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('portal.appointments.rescheduleForm.heading')}
      </h3>
      <p>{t('portal.appointments.rescheduleForm.intro', { provider: appointment.providerName })}</p>
      <p className="time-zone">{t('booking.time.zoneNote', { zone })}</p>
      {dates.isError && (
        <div role="alert" className="notice notice--error">
          <p>{t('booking.loadFailed')}</p>
        </div>
      )}
      <MonthCalendar
        month={month}
        minMonth={thisMonth}
        availableDates={available}
        selected={date}
        loading={dates.isPending}
        onMonthChange={setMonth}
        onSelect={setDate}
      />
      <p role="status" className="calendar__status">
        {dates.isPending ? t('booking.time.loadingDates') : dates.isSuccess && available.size === 0 ? t('booking.time.noDatesThisMonth') : ''}
      </p>
      {date && (
        <div aria-busy={availability.isFetching}>
          <h4>{t('booking.time.timesFor', { date: formatLongDate(date, locale) })}</h4>
          {availability.isPending && <p role="status">{t('booking.time.loadingTimes')}</p>}
          {availability.isSuccess && slots.length === 0 && <p className="notice">{t('booking.time.noTimes')}</p>}
          <TimeList slots={slots} timeZone={appointment.timeZone} selected={hold?.startsAt ?? null} busy={holding} onChoose={(slot) => void choose(slot)} />
        </div>
      )}
      <p role="status">
        {holding ? t('booking.time.holding') : hold ? t('portal.appointments.rescheduleForm.held', { when: formatInstant(hold.startsAt, appointment.timeZone, locale) }) : ''}
      </p>
      {hold && (
        <HoldCountdown
          key={hold.holdId}
          expiresAt={hold.expiresAt}
          onExpire={() => {
            setHold(null);
            setAlert(t('booking.hold.expired'));
          }}
        />
      )}
      {alert && (
        <div role="alert" className="notice notice--error">
          <p>{alert}</p>
        </div>
      )}
      <div className="step-actions">
        {hold && (
          <button type="button" className="button" disabled={confirming} aria-busy={confirming} onClick={() => void confirm()}>
            {confirming ? t('portal.appointments.rescheduleForm.confirming') : t('portal.appointments.rescheduleForm.confirm')}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('portal.appointments.rescheduleForm.close')}
        </button>
      </div>
    </section>
  );
}
