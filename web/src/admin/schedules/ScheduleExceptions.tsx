import { useState } from 'react';
import type { ScheduleExceptionResponse } from '../../api';
import { problemOf } from '../../api/problems';
import { FormAlert, FormSuccess } from '../../forms/FormMessages';
import { useTranslation } from '../../i18n';
import { addDays, todayIn } from '../../lib/dates';
import { formatLongDate } from '../../lib/format';
import { AddExceptionForm } from './AddExceptionForm';
import { useRemoveScheduleException, useScheduleExceptions } from './queries';

interface Props {
  providerId: string;
  providerName: string;
  locationId: string;
  timeZone: string;
}

export function ScheduleExceptions({ providerId, providerName, locationId, timeZone }: Props) {
  const { t, i18n } = useTranslation('staff');
  const locale = i18n.resolvedLanguage ?? 'es';
  const from = todayIn(timeZone);
  const to = addDays(from, 365);
  const query = useScheduleExceptions(locationId, from, to);
  const remove = useRemoveScheduleException();
  const [announcement, setAnnouncement] = useState<string>();
  const [removeFailed, setRemoveFailed] = useState<string>();
  // Closures here, plus this provider's time off (everywhere) and extra hours here.
  const shown = (query.data ?? []).filter((item) => item.kind === 'LocationClosed' || item.providerId === providerId);

  const describe = (item: ScheduleExceptionResponse) => ({ kind: t(`adminSchedules.exceptions.kinds.${item.kind}`), date: formatLongDate(item.date, locale) });

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
                  <strong>{formatLongDate(item.date, locale)}</strong>
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
