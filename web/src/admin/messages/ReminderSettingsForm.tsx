import { useId } from 'react';
import { problemOf } from '../../api/problems';
import { useTranslation } from '../../i18n';
import { useReminderSettings } from './queries';
import { ReminderForm } from './ReminderForm';

/** When reminders go out (Admin only): up to five lead times, each by email, SMS or both. */
export function ReminderSettingsForm({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  const settings = useReminderSettings(isAdmin);
  const forbidden = !isAdmin || problemOf(settings.error).status === 403;

  return (
    <section className="messages-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('adminMessages.reminders.heading')}</h2>
      <p>{t('adminMessages.reminders.intro')}</p>
      {forbidden && <p className="notice">{t('adminMessages.adminOnly')}</p>}
      {!forbidden && settings.isPending && <p role="status">{t('adminMessages.reminders.loading')}</p>}
      {!forbidden && settings.isError && (
        <div role="alert" className="notice notice--error">
          <p>{t('adminMessages.reminders.error')}</p>
          <button type="button" className="button button--secondary" onClick={() => void settings.refetch()}>
            {t('adminMessages.log.retryLoad')}
          </button>
        </div>
      )}
      {!forbidden && settings.data && <ReminderForm initial={settings.data.reminders} />}
    </section>
  );
}
