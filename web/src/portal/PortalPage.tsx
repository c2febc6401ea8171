import { Link } from 'react-router';
import { isPatient, useCurrentUser } from '../account/session';
import { useTranslation } from '../i18n';
import { PageTitle } from '../layout/PageTitle';
import { MyAppointments } from './MyAppointments';

export default function PortalPage() {
  const { t } = useTranslation();
  const me = useCurrentUser().data;

  return (
    <>
      <PageTitle title={t('portal.heading')} />
      <h1>{t('portal.heading')}</h1>
      {isPatient(me) ? (
        <>
          <p>{t('portal.greeting', { name: me?.firstName ?? me?.displayName })}</p>
          <p>{t('portal.intro')}</p>
          <p>
            <Link to="/portal/settings">{t('portal.settingsLink')}</Link>
          </p>
          <MyAppointments />
        </>
      ) : (
        <p className="notice">
          {t('portal.staffOnly')} <Link to="/admin">{t('portal.toAdmin')}</Link>
        </p>
      )}
    </>
  );
}
