import { useCurrentUser } from '../../account/session';
import { useTranslation } from '../../i18n';
import { PageTitle } from '../../layout/PageTitle';
import { useClinicZone } from './clinicZone';
import { DeliveryLog } from './DeliveryLog';
import { OutboxProblems } from './OutboxProblems';
import { ReminderSettingsForm } from './ReminderSettingsForm';
import './messages.css';

/**
 * What the clinic has sent and what failed. Any staff member reads the log; retrying, the event
 * outbox and the reminder settings are the Admin's (the API enforces ManageClinic on them).
 */
export default function MessagesPage() {
  const { t } = useTranslation('staff');
  const me = useCurrentUser();
  const zone = useClinicZone() ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const isAdmin = !!me.data?.roles.includes('Admin');

  return (
    <>
      <PageTitle title={t('adminMessages.heading')} />
      <h1>{t('adminMessages.heading')}</h1>
      <p>{t('adminMessages.intro')}</p>
      <p className="muted">{t('adminMessages.zoneNote', { zone })}</p>
      {!isAdmin && <p className="notice">{t('adminMessages.readOnly')}</p>}
      <DeliveryLog canRetry={isAdmin} zone={zone} />
      <OutboxProblems isAdmin={isAdmin} zone={zone} />
      <ReminderSettingsForm isAdmin={isAdmin} />
    </>
  );
}
