import { Link } from 'react-router';
import { useTranslation } from '../i18n';
import { PageTitle } from '../layout/PageTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('notFound.heading')} />
      <h1>{t('notFound.heading')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/book">{t('notFound.backToBooking')}</Link>
      </p>
    </>
  );
}
