import FullCalendar from '@fullcalendar/react';
import classicTheme from '@fullcalendar/react/themes/classic';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import enLocale from '@fullcalendar/react/locales/en-gb';
import fullCalendarEs from '@fullcalendar/react/locales/es';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import { useId, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Temporal } from 'temporal-polyfill';
import type { CalendarResponse, ProviderResponse } from '../../api';
import { useTranslation } from '../../i18n';
import { PageTitle } from '../../layout/PageTitle';
import { useStaffCatalog } from '../queries';
import { AppointmentDialog } from './AppointmentDialog';
import { NewAppointmentDialog } from './NewAppointmentDialog';
import { useCalendar } from './queries';

// FullCalendar's Spanish picks the article by comparing the view's name with 'week', but the time-grid week
// view is called 'timeGridWeek': its button would be announced as "Vista del semana".
const isWeek = (unit: string) => unit.toLowerCase().includes('week');
const esLocale = {
  ...fullCalendarEs,
  viewHint: (unitText: string, unit: string) => `Vista ${isWeek(unit) ? 'de la' : 'del'} ${unitText.toLocaleLowerCase()}`,
};

const dateParam = /^\d{4}-\d{2}-\d{2}$/;

/** The staff calendar of one location (optionally one provider), drawn in that location's time zone. */
export default function CalendarPage() {
  const { t, i18n } = useTranslation('staff');
  const catalog = useStaffCatalog();
  const [params, setParams] = useSearchParams();
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const locationFieldId = useId();
  const providerFieldId = useId();

  const locations = (catalog.data?.locations ?? []).filter((location) => location.isActive);
  const location = locations.find((l) => l.id === params.get('location')) ?? locations[0];
  const providers = (catalog.data?.providers ?? []).filter((p) => p.isActive && location && p.locationIds.includes(location.id));
  const providerId = providers.some((p) => p.id === params.get('provider')) ? params.get('provider')! : undefined;
  const initialDate = dateParam.test(params.get('date') ?? '') ? params.get('date')! : undefined;
  const calendar = useCalendar(location?.id, range?.from, range?.to, providerId);
  const events = useMemo(() => toEvents(calendar.data, providers, t as Translate), [calendar.data, providers, t]);

  function setParam(name: string, value: string | undefined) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  }

  if (catalog.isPending) return <p role="status">{t('calendar.loading')}</p>;
  if (catalog.isError) return <p className="notice notice--error" role="alert">{t('calendar.error')}</p>;
  if (!location) return <p className="notice">{t('calendar.noLocations')}</p>;

  const appointmentCount = calendar.data?.appointments.length ?? 0;

  return (
    <div className="staff-calendar">
      <PageTitle title={t('calendar.heading')} />
      <div className="staff-calendar__bar">
        <h1>{t('calendar.heading')}</h1>
        <button type="button" className="button" onClick={() => {
          setAnnouncement('');
          setCreating(true);
        }}>
          {t('calendar.newAppointment')}
        </button>
      </div>
      <div role="status" className="calendar-announcement">
        {announcement}
      </div>
      <div className="calendar-filters">
        <div className="field">
          <label htmlFor={locationFieldId}>{t('calendar.location')}</label>
          <select id={locationFieldId} value={location.id} onChange={(event) => setParam('location', event.target.value)}>
            {locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={providerFieldId}>{t('calendar.provider')}</label>
          <select id={providerFieldId} value={providerId ?? ''} onChange={(event) => setParam('provider', event.target.value || undefined)}>
            <option value="">{t('calendar.allProviders')}</option>
            {providers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="calendar-zone">{t('calendar.zoneNote', { location: location.name, zone: location.timeZone })}</p>

      <div role="status" className="calendar-state">
        {calendar.isFetching && t('calendar.loadingAppointments')}
        {!calendar.isFetching && calendar.isSuccess && appointmentCount === 0 && t('calendar.empty')}
        {!calendar.isFetching && calendar.isSuccess && appointmentCount > 0 && t('calendar.count', { count: appointmentCount })}
      </div>
      {calendar.isError && (
        <div className="notice notice--error" role="alert">
          <p>{t('calendar.error')}</p>
          <button type="button" className="button button--secondary" onClick={() => void calendar.refetch()}>
            {t('calendar.retry')}
          </button>
        </div>
      )}

      <FullCalendar
        // A new zone changes what every slot means: start afresh rather than reinterpret.
        key={`${location.id}-${i18n.language}`}
        plugins={[timeGridPlugin, classicTheme]}
        initialView={params.get('view') === 'day' ? 'timeGridDay' : 'timeGridWeek'}
        initialDate={initialDate}
        timeZone={location.timeZone}
        locale={i18n.language === 'en' ? enLocale : esLocale}
        firstDay={1}
        allDaySlot={false}
        slotMinTime="07:00:00"
        slotMaxTime="22:00:00"
        nowIndicator
        height="auto"
        headerToolbar={{ start: 'prev,next today', center: 'title', end: 'timeGridWeek,timeGridDay' }}
        events={events}
        eventInteractive
        eventClass={(info) => `calendar-event calendar-event--${String(info.event.extendedProps.status ?? 'Held')}`}
        eventContent={(info) => (
          <span className="calendar-event__text">
            <strong>{info.timeText}</strong> {info.event.title}
            <br />
            <span className="calendar-event__status">{String(info.event.extendedProps.statusLabel ?? '')}</span>
          </span>
        )}
        eventClick={(info) => {
          info.jsEvent.preventDefault();
          if (info.event.extendedProps.kind === 'appointment') setOpenId(info.event.id);
        }}
        datesSet={(info) => {
          // The strings are in the calendar's zone; FullCalendar's end is exclusive, the API's "to" is the last day shown.
          const from = info.startStr.slice(0, 10);
          const to = Temporal.PlainDate.from(info.endStr.slice(0, 10)).subtract({ days: 1 }).toString();
          setRange({ from, to });
        }}
      />

      {creating && (
        <NewAppointmentDialog
          catalog={catalog.data}
          initialLocationId={location.id}
          initialProviderId={providerId}
          onClose={() => setCreating(false)}
          onBooked={(details) => {
            setCreating(false);
            setAnnouncement(t('calendar.created'));
            setOpenId(details.id);
          }}
        />
      )}
      {openId && <AppointmentDialog appointmentId={openId} onClose={() => setOpenId(null)} />}
    </div>
  );
}

type Translate = (key: string) => string;

function toEvents(data: CalendarResponse | undefined, providers: ProviderResponse[], t: Translate) {
  if (!data) return [];
  return [
    ...data.appointments.map((a) => ({
      id: a.id,
      title: `${a.patientName} · ${a.serviceNames.join(', ')} · ${a.providerName}`,
      start: a.startsAt,
      end: a.endsAt,
      extendedProps: { kind: 'appointment', status: a.status, statusLabel: t(`calendar.status.${a.status}`) },
    })),
    ...data.holds.map((h) => ({
      id: `hold-${h.id}`,
      title: providers.find((p) => p.id === h.providerId)?.displayName ?? '',
      start: h.startsAt,
      end: h.endsAt,
      extendedProps: { kind: 'hold', statusLabel: t('calendar.held') },
    })),
  ];
}
