import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { isStaff, useCurrentUser } from '../account/session';
import { useTranslation } from '../i18n';
import { PageTitle } from '../layout/PageTitle';

/** Staff pages for staff only: anyone else is told why and offered the login page (the API refuses them anyway). */
export function RequireStaff({ children }: { children: ReactNode }) {
  const { t } = useTranslation('staff');
  const me = useCurrentUser();
  const { pathname } = useLocation();

  if (me.isPending) return <p role="status">{t('layout.loadingPage')}</p>;
  if (isStaff(me.data)) return children;
  return (
    <>
      <PageTitle title={t('admin.heading')} />
      <h1>{t('admin.heading')}</h1>
      <p className="notice">
        {t('admin.staffOnly')} <Link to={`/login?returnTo=${encodeURIComponent(pathname)}`}>{t('admin.staffLogIn')}</Link>
      </p>
    </>
  );
}
