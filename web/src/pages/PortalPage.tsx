import { useTranslation } from 'react-i18next';
import { PageTitle } from '../layout/PageTitle';

export default function PortalPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('portal.heading')} />
      <h1>{t('portal.heading')}</h1>
      <p>{t('portal.intro')}</p>
    </>
  );
}
