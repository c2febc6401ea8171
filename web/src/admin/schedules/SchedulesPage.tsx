import { useCallback, useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../account/session';
import { useTranslation } from '../../i18n';
import { PageTitle } from '../../layout/PageTitle';
import { useStaffCatalog } from '../queries';
import { useUnsavedChangesPrompt } from '../settings/useUnsavedChanges';
import { ScheduleExceptions } from './ScheduleExceptions';
import { WeeklyHoursEditor } from './WeeklyHoursEditor';
import '../settings/settings.css';
import './schedules.css';

/** Provider schedules: weekly hours per location, and dated exceptions. Admin only (ManageClinic). */
export default function SchedulesPage() {
  const { t } = useTranslation('staff');
  const me = useCurrentUser();
  const isAdmin = !!me.data?.roles.includes('Admin');
  return (
    <>
      <PageTitle title={t('adminSchedules.heading')} />
      <h1>{t('adminSchedules.heading')}</h1>
      <p>{t('adminSchedules.intro')}</p>
      {isAdmin ? <Schedules /> : <p className="notice">{t('adminSchedules.adminOnly')}</p>}
    </>
  );
}

function Schedules() {
  const { t } = useTranslation('staff');
  const catalog = useStaffCatalog();
  const [params, setParams] = useSearchParams();
  const [dirty, setDirty] = useState(false);
  const onDirtyChange = useCallback((value: boolean) => setDirty(value), []);
  const locationFieldId = useId();
  const providerFieldId = useId();
  const weeklyHeadingId = useId();
  const exceptionsHeadingId = useId();
  useUnsavedChangesPrompt(dirty);

  if (catalog.isPending) return <p role="status">{t('adminSchedules.loading')}</p>;
  if (catalog.isError) {
    return (
      <div role="alert" className="notice notice--error">
        <p>{t('adminSchedules.loadFailed')}</p>
        <button type="button" className="button button--secondary" onClick={() => void catalog.refetch()}>
          {t('adminSchedules.retry')}
        </button>
      </div>
    );
  }

  const locations = catalog.data.locations.filter((l) => l.isActive);
  const location = locations.find((l) => l.id === params.get('location')) ?? locations[0];
  const providers = catalog.data.providers.filter((p) => p.isActive && location && p.locationIds.includes(location.id));
  const provider = providers.find((p) => p.id === params.get('provider')) ?? providers[0];

  const choose = (name: 'location' | 'provider', value: string) => {
    if (dirty && !window.confirm(t('adminSchedules.switchConfirm'))) return;
    const next = new URLSearchParams(params);
    next.set(name, value);
    if (name === 'location') next.delete('provider');
    setParams(next, { replace: true });
  };

  if (!location) return <p className="notice">{t('adminSchedules.noLocations')}</p>;

  return (
    <>
      <div className="calendar-filters">
        <div className="field">
          <label htmlFor={locationFieldId}>{t('adminSchedules.location')}</label>
          <select id={locationFieldId} value={location.id} onChange={(event) => choose('location', event.target.value)}>
            {locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        {provider && (
          <div className="field">
            <label htmlFor={providerFieldId}>{t('adminSchedules.provider')}</label>
            <select id={providerFieldId} value={provider.id} onChange={(event) => choose('provider', event.target.value)}>
              {providers.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.displayName}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <p className="muted">{t('adminSchedules.zone', { zone: location.timeZone })}</p>
      {!provider ? (
        <p className="notice">{t('adminSchedules.noProviders')}</p>
      ) : (
        <>
          <section aria-labelledby={weeklyHeadingId} className="settings-page__section">
            <h2 id={weeklyHeadingId}>{t('adminSchedules.weekly.heading')}</h2>
            <WeeklyHoursEditor providerId={provider.id} locationId={location.id} onDirtyChange={onDirtyChange} />
          </section>
          <section aria-labelledby={exceptionsHeadingId} className="settings-page__section">
            <h2 id={exceptionsHeadingId}>{t('adminSchedules.exceptions.heading')}</h2>
            <ScheduleExceptions providerId={provider.id} providerName={provider.displayName} locationId={location.id} timeZone={location.timeZone} />
          </section>
        </>
      )}
    </>
  );
}
