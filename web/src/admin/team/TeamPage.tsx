import { useCurrentUser } from '../../account/session';
import { useClinicProfile } from '../../api/queries';
import { useTranslation } from '../../i18n';
import { PageTitle } from '../../layout/PageTitle';
import { ApiKeysSection } from './ApiKeysSection';
import { StaffSection } from './StaffSection';
import './team.css';

/** Staff logins and integrators' API keys. Both are the Admin's alone (ManageClinic): other staff get a notice and no requests. */
export default function TeamPage() {
  const { t } = useTranslation('staff');
  const me = useCurrentUser();
  const isAdmin = !!me.data?.roles.includes('Admin');
  const zone = useClinicProfile().data?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

  return (
    <>
      <PageTitle title={t('adminTeam.heading')} />
      <h1>{t('adminTeam.heading')}</h1>
      {isAdmin ? (
        <>
          <p>{t('adminTeam.intro')}</p>
          <p className="muted">{t('adminTeam.zoneNote', { zone })}</p>
          <StaffSection myId={me.data?.userId} zone={zone} />
          <ApiKeysSection zone={zone} />
        </>
      ) : (
        <p className="notice">{t('adminTeam.adminOnly')}</p>
      )}
    </>
  );
}
