import { useRef, type ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { useTranslation } from '../i18n';
import { useCurrentUser } from './session';

/**
 * Sends an anonymous visitor to the login page, and back here afterwards. A session that ends
 * while the page is open (logout, idle timeout) is left to whoever ended it, so two redirects never race.
 */
export function RequireSignedIn({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const location = useLocation();
  const wasSignedIn = useRef(false);
  const returnTo = encodeURIComponent(location.pathname + location.search);

  if (me.isPending) return <p role="status">{t('layout.loadingPage')}</p>;
  if (me.data) {
    wasSignedIn.current = true;
    return children;
  }
  if (wasSignedIn.current) {
    return (
      <p className="notice">
        {t('login.sessionEnded')} <Link to={`/login?returnTo=${returnTo}`}>{t('account.logIn')}</Link>
      </p>
    );
  }
  return <Navigate to={`/login?returnTo=${returnTo}`} replace />;
}
