import { Suspense } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { AccountMenu } from '../account/AccountMenu';
import { isStaff, useCurrentUser } from '../account/session';
import { useClinicProfile } from '../api/queries';
import { useTranslation } from '../i18n';
import { LanguageSwitch } from './LanguageSwitch';

export function Layout() {
  const { t } = useTranslation();
  const clinic = useClinicProfile();
  const staff = isStaff(useCurrentUser().data);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/book" className="site-header__name">
            {clinic.data?.name ?? t('layout.defaultClinicName')}
          </Link>
          <nav aria-label={t('layout.mainNav')}>
            <ul className="site-nav">
              <li>
                <NavLink to="/book">{t('nav.book')}</NavLink>
              </li>
              <li>
                <NavLink to="/portal">{t('nav.portal')}</NavLink>
              </li>
              {staff && (
                <li>
                  <NavLink to="/admin">{t('nav.admin')}</NavLink>
                </li>
              )}
            </ul>
          </nav>
          <LanguageSwitch />
          <AccountMenu />
        </div>
      </header>
      {/* tabIndex lets the skip link move keyboard focus, not just scroll. */}
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p role="status">{t('layout.loadingPage')}</p>}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
