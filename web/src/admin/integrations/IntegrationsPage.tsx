import { useCurrentUser } from '../../account/session';
import { useClinicProfile } from '../../api/queries';
import { useTranslation } from '../../i18n';
import { PageTitle } from '../../layout/PageTitle';
import { DeliveryLog } from './DeliveryLog';
import { SubscriptionsSection } from './SubscriptionsSection';
import '../team/team.css';
import './integrations.css';

/** Outbound webhooks: subscriptions and their delivery log. Admin only (ManageClinic): other staff get a notice and no requests. */
export default function IntegrationsPage() {
  const { t } = useTranslation('staff');
  const me = useCurrentUser();
  const isAdmin = !!me.data?.roles.includes('Admin');
  const zone = useClinicProfile().data?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

  return (
    <>
      <PageTitle title={t('adminIntegrations.heading')} />
      <h1>{t('adminIntegrations.heading')}</h1>
      {isAdmin ? (
        <>
          <p>{t('adminIntegrations.intro')}</p>
          <p className="muted">{t('adminTeam.zoneNote', { zone })}</p>
          <SubscriptionsSection zone={zone} />
          <DeliveryLog zone={zone} />
        </>
      ) : (
        <p className="notice">{t('adminIntegrations.adminOnly')}</p>
      )}
    </>
  );
}
