import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useTranslation } from '../../i18n';
import { usePatientPermissions, usePossibleDuplicates } from './queries';

/** The patients section: its own small menu (search, new, duplicates, activation) above each page. */
export default function PatientsLayout() {
  const { t } = useTranslation('staff');
  const { canManage } = usePatientPermissions();
  const duplicates = usePossibleDuplicates();
  const pending = duplicates.data?.length ?? 0;

  return (
    <div className="patients">
      <nav aria-label={t('patients.sectionNav')} className="patients-nav">
        <ul>
          <li>
            <NavLink to="/admin/patients" end>
              {t('patients.nav.search')}
            </NavLink>
          </li>
          {canManage && (
            <li>
              <NavLink to="/admin/patients/new">{t('patients.nav.new')}</NavLink>
            </li>
          )}
          <li>
            <NavLink to="/admin/patients/duplicates">
              {t('patients.nav.duplicates')}
              {pending > 0 && <span className="patients-nav__count"> ({pending})</span>}
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/patients/activation">{t('patients.nav.activation')}</NavLink>
          </li>
        </ul>
      </nav>
      <Suspense fallback={<p role="status">{t('layout.loadingPage')}</p>}>
        <Outlet />
      </Suspense>
    </div>
  );
}
