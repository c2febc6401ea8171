import { useId, useState, type FormEvent } from 'react';
import { Temporal } from 'temporal-polyfill';
import type { ScheduleExceptionKind, ScheduleExceptionResponse } from '../../api';
import { problemOf } from '../../api/problems';
import { FormAlert, FormSuccess } from '../../forms/FormMessages';
import { useTranslation } from '../../i18n';
import { useAddScheduleException, useRemoveScheduleException, useScheduleExceptions } from './queries';

const kinds: ScheduleExceptionKind[] = ['TimeOff', 'ExtraHours', 'LocationClosed'];
const maxReasonLength = 120;
const time = /^([01]\d|2[0-3]):[0-5]\d$/;

type Field = 'date' | 'start' | 'end' | 'reason';

interface Props {
  providerId: string;
  providerName: string;
  locationId: string;
  timeZone: string;
}

/** Local dates at the location, as "lunes, 15 de junio de 2026". */
function formatDate(date: string, locale: string): string {
  return Temporal.PlainDate.from(date).toLocaleString(locale, { dateStyle: 'full' });
}

export function ScheduleExceptions({ providerId, providerName, locationId, timeZone }: Props) {
  const { t, i18n } = useTranslation('staff');
  const locale = i18n.resolvedLanguage ?? 'es';
  const today = Temporal.Now.plainDateISO(timeZone);
  const from = today.toString();
  const to = today.add({ days: 365 }).toString();
  const query = useScheduleExceptions(locationId, from, to);
  const remove = useRemoveScheduleException();
  const [announcement, setAnnouncement] = useState<string>();
  const [removeFailed, setRemoveFailed] = useState<string>();
  // Closures here, plus this provider's time off (everywhere) and extra hours here.
  const shown = (query.data ?? []).filter((item) => item.kind === 'LocationClosed' || item.providerId === providerId);

  const describe = (item: ScheduleExceptionResponse) => ({ kind: t(`adminSchedules.exceptions.kinds.${item.kind}`), date: formatDate(item.date, locale) });

  const removeOne = async (item: ScheduleExceptionResponse) => {
    setAnnouncement(undefined);
    setRemoveFailed(undefined);
    if (!window.confirm(t('adminSchedules.exceptions.removeConfirm', describe(item)))) return;
    try {
      await remove.mutateAsync(item.id);
      setAnnouncement(t('adminSchedules.exceptions.removed', describe(item)));
    } catch (error) {
      // Someone else removed it first: the refreshed list already says so.
      if (problemOf(error).status === 404) void query.refetch();
      else setRemoveFailed(t('errors.unexpected'));
    }
  };

  return (
    <>
      <p className="muted">{t('adminSchedules.exceptions.range')}</p>
      <FormAlert>{removeFailed}</FormAlert>
      <FormSuccess>{announcement}</FormSuccess>
      {query.isError ? (
        <FormAlert>
          <p>{t('adminSchedules.loadFailed')}</p>
          <button type="button" className="button button--secondary" onClick={() => void query.refetch()}>
            {t('adminSchedules.retry')}
          </button>
        </FormAlert>
      ) : query.isPending ? (
        <p role="status">{t('adminSchedules.loading')}</p>
      ) : shown.length === 0 ? (
        <p>{t('adminSchedules.exceptions.empty')}</p>
      ) : (
        <ul className="schedule-exceptions">
          {shown.map((item) => {
            const wholeDay = item.time.start === '00:00' && item.time.end === '24:00';
            return (
              <li key={item.id} className="schedule-exceptions__item">
                <div>
                  <strong>{formatDate(item.date, locale)}</strong>
                  <span>
                    {' · '}
                    {t(`adminSchedules.exceptions.kinds.${item.kind}`)}
                    {item.kind === 'TimeOff' && ` (${providerName}, ${t('adminSchedules.exceptions.everyLocation')})`}
                    {item.kind === 'ExtraHours' && ` (${providerName})`}
                    {' · '}
                    {wholeDay ? t('adminSchedules.exceptions.wholeDay') : t('adminSchedules.exceptions.timeRange', { start: item.time.start, end: item.time.end })}
                  </span>
                  {item.reason && <p className="muted schedule-exceptions__reason">{item.reason}</p>}
                </div>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={t('adminSchedules.exceptions.removeLabel', describe(item))}
                  disabled={remove.isPending}
                  onClick={() => void removeOne(item)}
                >
                  {t('adminSchedules.exceptions.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <AddExceptionForm providerId={providerId} locationId={locationId} minDate={from} onAdded={setAnnouncement} />
    </>
  );
}

function AddExceptionForm({ providerId, locationId, minDate, onAdded }: { providerId: string; locationId: string; minDate: string; onAdded: (message: string) => void }) {
  const { t, i18n } = useTranslation('staff');
  const headingId = useId();
  const ids = { kind: useId(), date: useId(), wholeDay: useId(), start: useId(), end: useId(), reason: useId() };
  const add = useAddScheduleException();
  const [kind, setKind] = useState<ScheduleExceptionKind>('TimeOff');
  const [date, setDate] = useState('');
  const [wholeDayChecked, setWholeDay] = useState(true);
  const [start, setStart] = useState('09:00');
  const [end, setEnd] = useState('14:00');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [alert, setAlert] = useState<string>();
  // Extra hours are always a span of time (the API refuses a whole-day one).
  const wholeDay = kind !== 'ExtraHours' && wholeDayChecked;

  const show = (found: Partial<Record<Field, string>>) => {
    setErrors(found);
    const first = (['date', 'start', 'end', 'reason'] as const).find((field) => found[field]);
    if (first) document.getElementById(ids[first])?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(undefined);
    const found: Partial<Record<Field, string>> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.date = 'adminSchedules.exceptions.errors.date';
    if (!wholeDay) {
      if (!time.test(start)) found.start = 'adminSchedules.exceptions.errors.time';
      if (!time.test(end)) found.end = 'adminSchedules.exceptions.errors.time';
      else if (time.test(start) && end <= start) found.end = 'adminSchedules.exceptions.errors.order';
    }
    if (reason.trim().length > maxReasonLength) found.reason = 'adminSchedules.exceptions.errors.reason';
    if (Object.keys(found).length > 0) {
      show(found);
      return;
    }
    setErrors({});
    try {
      await add.mutateAsync({
        kind,
        providerId: kind === 'LocationClosed' ? null : providerId,
        locationId: kind === 'TimeOff' ? null : locationId,
        date,
        time: wholeDay ? null : { start, end },
        reason: reason.trim() || null,
      });
      onAdded(t('adminSchedules.exceptions.add.added', { kind: t(`adminSchedules.exceptions.kinds.${kind}`), date: formatDate(date, i18n.resolvedLanguage ?? 'es') }));
      setDate('');
      setReason('');
    } catch (error) {
      const problem = problemOf(error);
      const fields: Partial<Record<Field, string>> = {};
      for (const key of Object.keys(problem.errors ?? {})) {
        const name = key.toLowerCase();
        if (name === 'date') fields.date = 'adminSchedules.exceptions.errors.date';
        else if (name.endsWith('start')) fields.start = 'adminSchedules.exceptions.errors.time';
        else if (name.endsWith('end')) fields.end = 'adminSchedules.exceptions.errors.order';
        else if (name === 'reason') fields.reason = 'adminSchedules.exceptions.errors.reason';
      }
      if (problem.status === 400 && Object.keys(fields).length > 0) show(fields);
      else if (problem.status === 403) setAlert(t('adminSchedules.adminOnly'));
      else if (problem.status === 400 || problem.status === 404 || problem.status === 422) setAlert([t('adminSchedules.weekly.invalid'), problem.detail].filter(Boolean).join(' '));
      else setAlert(t('errors.unexpected'));
    }
  };

  const error = (field: Field) =>
    errors[field] ? (
      <p id={`${ids[field]}-error`} className="field__error">
        {t(errors[field] as never)}
      </p>
    ) : null;
  const described = (field: Field, hint?: string) => [hint, errors[field] ? `${ids[field]}-error` : null].filter(Boolean).join(' ') || undefined;

  return (
    <form className="form settings-form schedule-exceptions__add" noValidate aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
      <h3 id={headingId}>{t('adminSchedules.exceptions.add.heading')}</h3>
      <FormAlert>{alert}</FormAlert>
      <div className="field">
        <label htmlFor={ids.kind}>{t('adminSchedules.exceptions.add.kind')}</label>
        <p id={`${ids.kind}-hint`} className="field__hint">
          {t(`adminSchedules.exceptions.kindHints.${kind}`)}
        </p>
        <select id={ids.kind} value={kind} aria-describedby={`${ids.kind}-hint`} onChange={(event) => setKind(event.target.value as ScheduleExceptionKind)}>
          {kinds.map((option) => (
            <option key={option} value={option}>
              {t(`adminSchedules.exceptions.kinds.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.date}>{t('adminSchedules.exceptions.add.date')}</label>
        <input id={ids.date} type="date" min={minDate} value={date} aria-invalid={errors.date ? true : undefined} aria-describedby={described('date')} onChange={(event) => setDate(event.target.value)} />
        {error('date')}
      </div>
      {kind !== 'ExtraHours' && (
        <div className="field field--checkbox">
          <input id={ids.wholeDay} type="checkbox" checked={wholeDayChecked} onChange={(event) => setWholeDay(event.target.checked)} />
          <label htmlFor={ids.wholeDay}>{t('adminSchedules.exceptions.add.wholeDay')}</label>
        </div>
      )}
      {!wholeDay && (
        <div className="weekly-hours__interval">
          <div className="field">
            <label htmlFor={ids.start}>{t('adminSchedules.exceptions.add.start')}</label>
            <input id={ids.start} type="time" value={start} aria-invalid={errors.start ? true : undefined} aria-describedby={described('start')} onChange={(event) => setStart(event.target.value)} />
            {error('start')}
          </div>
          <div className="field">
            <label htmlFor={ids.end}>{t('adminSchedules.exceptions.add.end')}</label>
            <input id={ids.end} type="time" value={end} aria-invalid={errors.end ? true : undefined} aria-describedby={described('end')} onChange={(event) => setEnd(event.target.value)} />
            {error('end')}
          </div>
        </div>
      )}
      <div className="field">
        <label htmlFor={ids.reason}>{t('adminSchedules.exceptions.add.reason')}</label>
        <p id={`${ids.reason}-hint`} className="field__hint">
          {t('adminSchedules.exceptions.add.reasonHint')}
        </p>
        <input
          id={ids.reason}
          value={reason}
          maxLength={maxReasonLength}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={described('reason', `${ids.reason}-hint`)}
          onChange={(event) => setReason(event.target.value)}
        />
        {error('reason')}
      </div>
      <button type="submit" className="button" disabled={add.isPending} aria-busy={add.isPending}>
        {t('adminSchedules.exceptions.add.submit')}
      </button>
    </form>
  );
}
