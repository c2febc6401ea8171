import { useTranslation } from 'react-i18next';
import { PageTitle } from '../layout/PageTitle';
import { CalendarPage } from './CalendarPage';

export default function AdminPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('calendar.heading')} />
      <CalendarPage />
    </>
  );
}
