import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from '../i18n';
import { isPatient, useAccountSettings, useCurrentUser, useLogOut } from './session';
import { useIdleLogout } from './useIdleLogout';

/** Top of every page (PP6): "Log in" for visitors; the person's name, leading to their portal, once signed in. */
export function AccountMenu() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const settings = useAccountSettings();
  const logOut = useLogOut();
  const navigate = useNavigate();
  const location = useLocation();

  const signOut = (destination: string) => {
    void navigate(destination);
    logOut.mutate();
  };
  useIdleLogout(!!me.data, settings.data?.sessionIdleMinutes ?? 0, () => signOut('/login?reason=idle'));

  if (me.isPending) return null;
  if (!me.data) {
    const onAccountPage = ['/login', '/register'].includes(location.pathname);
    return onAccountPage ? null : (
      <Link className="account-menu__login" to={`/login?returnTo=${encodeURIComponent(location.pathname)}`}>
        {t('account.logIn')}
      </Link>
    );
  }

  return (
    <div className="account-menu">
      <Link className="account-menu__name" to={isPatient(me.data) ? '/portal' : '/admin'}>
        {me.data.displayName}
      </Link>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => signOut('/book')}
      >
        {t('account.logOut')}
      </button>
    </div>
  );
}
