import { useTranslation } from 'react-i18next';
import { PageTitle } from '../layout/PageTitle';

export default function AdminPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('admin.heading')} />
      <h1>{t('admin.heading')}</h1>
      <p>{t('admin.intro')}</p>
    </>
  );
}
