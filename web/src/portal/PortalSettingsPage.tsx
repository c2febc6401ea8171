import { Link } from 'react-router';
import { isPatient, useCurrentUser } from '../account/session';
import { useTranslation } from '../i18n';
import { PageTitle } from '../layout/PageTitle';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ProfileForm } from './ProfileForm';

/** PP9: the patient edits their personal data and changes their password. */
export default function PortalSettingsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser().data;

  return (
    <>
      <PageTitle title={t('settings.heading')} />
      <p>
        <Link to="/portal">{t('settings.backToPortal')}</Link>
      </p>
      <h1>{t('settings.heading')}</h1>
      {isPatient(me) && <ProfileForm />}
      <ChangePasswordForm />
    </>
  );
}
