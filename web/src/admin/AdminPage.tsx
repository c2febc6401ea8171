import { useTranslation } from 'react-i18next';
import { PageTitle } from '../layout/PageTitle';
import { CalendarPage } from './CalendarPage';
import { RequireStaff } from './RequireStaff';

export default function AdminPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('calendar.heading')} />
      <RequireStaff>
        <CalendarPage />
      </RequireStaff>
    </>
  );
}
