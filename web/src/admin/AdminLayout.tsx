import { Suspense } from 'react';
import { NavLink, useRoutes } from 'react-router';
import { useTranslation } from '../i18n';
import { RequireStaff } from './RequireStaff';
import { adminRoutes } from './routes';
import { adminSections } from './sections';

/** The staff area: its own section navigation above each staff page, for staff only. */
export default function AdminLayout() {
  const { t } = useTranslation('staff');
  const page = useRoutes(adminRoutes);
  return (
    <RequireStaff>
      <nav aria-label={t('admin.sectionsNav')} className="admin-nav">
        <ul>
          {adminSections.map((section) => (
            <li key={section.path}>
              <NavLink to={section.path} end={section.path === '/admin'}>
                {t(section.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Suspense fallback={<p role="status">{t('layout.loadingPage')}</p>}>
        {page}
      </Suspense>
    </RequireStaff>
  );
}
