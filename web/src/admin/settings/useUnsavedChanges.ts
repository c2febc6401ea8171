import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { useTranslation } from '../../i18n';

/** While edits are unsaved, leaving the page (another section, reload, closing the tab) asks first. */
export function useUnsavedChangesPrompt(dirty: boolean) {
  const { t } = useTranslation('staff');
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(t('adminSettings.leaveConfirm'))) blocker.proceed();
    else blocker.reset();
  }, [blocker, t]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}
