import { useEffect } from 'react';
import { useTranslation } from '../../i18n';
import { useNavigationGuard } from '../../lib/navigationGuard';

/** While edits are unsaved, leaving the page (another section, reload, closing the tab) asks first. */
export function useUnsavedChangesPrompt(dirty: boolean) {
  const { t } = useTranslation('staff');
  useNavigationGuard(dirty, () => window.confirm(t('adminSettings.leaveConfirm')));

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}
