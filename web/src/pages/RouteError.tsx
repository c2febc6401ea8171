import { useTranslation } from '../i18n';
import { PageTitle } from '../layout/PageTitle';

// Shown instead of the whole app when rendering fails, e.g. a lazy chunk is gone after a deploy.
export function RouteError() {
  const { t } = useTranslation();
  return (
    <main id="main" className="route-error">
      <PageTitle title={t('routeError.heading')} />
      <h1>{t('routeError.heading')}</h1>
      <p>{t('routeError.body')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('routeError.reload')}
      </button>
    </main>
  );
}
