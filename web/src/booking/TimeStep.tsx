import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { schedulingClient, type AvailableSlot, type ClinicProfile } from '../api';
import { problemOf } from '../api/problems';
import { useTranslation } from '../i18n';
import { todayIn } from '../lib/dates';
import { formatLongDate, zoneCity } from '../lib/format';
import { availabilityKeys, useAvailability, useAvailableDates } from '../shared/booking/availability';
import { MonthCalendar } from '../shared/booking/MonthCalendar';
import { TimeList } from '../shared/booking/TimeList';
import type { FlowState } from './flowState';
import { releaseHolds } from './holds';
import { useServiceLookup } from './ServicesStep';

interface Props {
  clinic: ClinicProfile;
  flow: FlowState;
  update: (change: Partial<FlowState> | ((flow: FlowState) => Partial<FlowState>)) => void;
  onBack: () => void;
  onRemoveServices: (serviceIds: string[]) => void;
}

interface CartProblem {
  bookSeparately?: string[][];
  notOfferedHere?: string[];
}

/** Reads the 422 the availability endpoints answer when one appointment cannot hold the whole cart. */
function cartProblem(error: unknown): CartProblem | null {
  const problem = problemOf(error) as CartProblem & { status: number };
  if (problem.status !== 422) return null;
  return { bookSeparately: problem.bookSeparately ?? undefined, notOfferedHere: problem.notOfferedHere ?? undefined };
}

export function TimeStep({ clinic, flow, update, onBack, onRemoveServices }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'es';
  const queryClient = useQueryClient();
  const services = useServiceLookup();
  const location = clinic.locations.find((candidate) => candidate.id === flow.locationId) ?? clinic.locations[0];
  const group = flow.groups[flow.groupIndex];
  const thisMonth = todayIn(location.timeZone).slice(0, 7);
  const month = flow.month ?? thisMonth;
  const dates = useAvailableDates(location.id, group.serviceIds, month, group.providerId);
  const availability = useAvailability(location.id, group.serviceIds, flow.date, group.providerId);
  const [holding, setHolding] = useState<string | null>(null);
  const [alert, setAlert] = useState<string>();
  const problem = cartProblem(dates.error) ?? cartProblem(availability.error);
  const split = problem?.bookSeparately && problem.bookSeparately.length > 1 ? problem.bookSeparately : null;

  useEffect(() => {
    if (!split || flow.split) return;
    // The API knows which services one provider can do together; book each group as its own appointment.
    update({
      split: true,
      groupIndex: 0,
      groups: split.map((serviceIds) => ({ serviceIds, providerId: null, hold: null })),
      step: clinic.booking.providerChoice === 'SpecificOnly' ? 'provider' : 'time',
    });
  }, [split, flow.split, update, clinic.booking.providerChoice]);

  const zone = t('booking.time.zone', { city: zoneCity(location.timeZone, locale), zone: location.timeZone });
  const available = new Set((dates.data?.dates ?? []).filter((date) => date.slotCount > 0).map((date) => date.date));
  const day = availability.data?.days.find((candidate) => candidate.date === flow.date);
  const slots = day?.slots ?? [];
  const timeZone = availability.data?.timeZone ?? location.timeZone;

  const choose = async (slot: AvailableSlot) => {
    if (holding) return;
    setHolding(slot.startsAt);
    setAlert(undefined);
    try {
      if (group.hold) await releaseHolds([group]);
      const hold = await schedulingClient.placeSlotHold({
        locationId: location.id,
        serviceIds: group.serviceIds,
        providerId: group.providerId,
        startsAt: slot.startsAt,
      });
      update((current) => {
        const groups = current.groups.map((other, index) => (index === current.groupIndex ? { ...other, hold } : other));
        const next = groups.findIndex((other) => other.hold === null);
        if (next === -1) return { groups, step: 'details', idempotencyKey: null };
        return { groups, groupIndex: next, step: clinic.booking.providerChoice === 'FirstAvailableOnly' ? 'time' : 'provider' };
      });
    } catch (error) {
      const status = problemOf(error).status;
      setAlert(t(status === 409 ? 'booking.time.justTaken' : status === 422 || status === 400 ? 'booking.time.notBookable' : 'errors.unexpected'));
      update((current) => ({ groups: current.groups.map((other, index) => (index === current.groupIndex ? { ...other, hold: null } : other)) }));
      void queryClient.invalidateQueries({ queryKey: availabilityKeys.allTimes });
      void queryClient.invalidateQueries({ queryKey: availabilityKeys.allDates });
    } finally {
      setHolding(null);
    }
  };

  const notOffered = problem?.notOfferedHere?.filter((id) => group.serviceIds.includes(id)) ?? [];

  return (
    <div className="time-step">
      {flow.split && flow.groups.length > 1 && (
        <div className="notice" role="note">
          <p>{t('booking.split.explain', { count: flow.groups.length })}</p>
          <p>
            <strong>{t('booking.split.current', { number: flow.groupIndex + 1, count: flow.groups.length })}</strong>{' '}
            {group.serviceIds.map((id) => services.get(id)?.name ?? '').join(', ')}
          </p>
        </div>
      )}

      {notOffered.length > 0 && (
        <div className="notice notice--error" role="alert">
          <p>{t('booking.time.notOfferedHere', { location: location.name })}</p>
          <ul>
            {notOffered.map((id) => (
              <li key={id}>{services.get(id)?.name}</li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => onRemoveServices(notOffered)}>
            {t('booking.time.removeNotOffered')}
          </button>
        </div>
      )}

      <p className="time-zone">{t('booking.time.zoneNote', { zone })}</p>

      {alert && (
        <div role="alert" className="notice notice--error">
          <p>{alert}</p>
        </div>
      )}

      {dates.isError && !problem && (
        <div role="alert" className="notice notice--error">
          <p>{t('booking.loadFailed')}</p>
          <button type="button" className="button" onClick={() => void dates.refetch()}>
            {t('book.retry')}
          </button>
        </div>
      )}

      {!problem && (
        <>
          <MonthCalendar
            month={month}
            minMonth={thisMonth}
            availableDates={available}
            selected={flow.date}
            loading={dates.isPending}
            onMonthChange={(next) => update({ month: next })}
            onSelect={(date) => update({ date })}
          />
          <p role="status" className="calendar__status">
            {dates.isPending ? t('booking.time.loadingDates') : dates.isSuccess && available.size === 0 ? t('booking.time.noDatesThisMonth') : ''}
          </p>
        </>
      )}

      {flow.date && !problem && (
        <section aria-labelledby="times-heading" aria-busy={availability.isFetching}>
          <h3 id="times-heading">{t('booking.time.timesFor', { date: formatLongDate(flow.date, locale) })}</h3>
          {availability.isPending && <p role="status">{t('booking.time.loadingTimes')}</p>}
          {availability.isSuccess && slots.length === 0 && <p className="notice">{t('booking.time.noTimes')}</p>}
          <TimeList
            slots={slots}
            timeZone={timeZone}
            selected={group.hold?.startsAt ?? null}
            busy={holding}
            onChoose={(slot) => void choose(slot)}
          />
          <p role="status">{holding ? t('booking.time.holding') : ''}</p>
        </section>
      )}

      <div className="step-actions">
        <button type="button" className="button button--secondary" onClick={onBack}>
          {t('booking.back')}
        </button>
      </div>
    </div>
  );
}
