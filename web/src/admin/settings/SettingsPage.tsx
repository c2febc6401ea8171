import { useCallback, useState } from 'react';
import { useCurrentUser } from '../../account/session';
import { useTranslation } from '../../i18n';
import { PageTitle } from '../../layout/PageTitle';
import { BookingSettingsSection } from './BookingSettingsForm';
import { CancellationPolicySection } from './CancellationPolicyForm';
import { PortalAccessSection } from './PortalAccessForm';
import { useUnsavedChangesPrompt } from './useUnsavedChanges';
import './settings.css';

type FormName = 'booking' | 'policy' | 'portal';

/** The clinic's settings. Only an Admin may change them (ManageClinic); other staff see them read-only. */
export default function SettingsPage() {
  const { t } = useTranslation('staff');
  const me = useCurrentUser();
  const readOnly = !me.data?.roles.includes('Admin');
  const [dirty, setDirty] = useState<Record<FormName, boolean>>({ booking: false, policy: false, portal: false });
  const mark = (name: FormName, isDirty: boolean) => setDirty((current) => (current[name] === isDirty ? current : { ...current, [name]: isDirty }));
  const onBooking = useCallback((isDirty: boolean) => mark('booking', isDirty), []);
  const onPolicy = useCallback((isDirty: boolean) => mark('policy', isDirty), []);
  const onPortal = useCallback((isDirty: boolean) => mark('portal', isDirty), []);
  useUnsavedChangesPrompt(dirty.booking || dirty.policy || dirty.portal);

  return (
    <>
      <PageTitle title={t('adminSettings.heading')} />
      <h1>{t('adminSettings.heading')}</h1>
      <p>{t('adminSettings.intro')}</p>
      {readOnly && <p className="notice">{t('adminSettings.adminOnly')}</p>}
      <BookingSettingsSection readOnly={readOnly} onDirtyChange={onBooking} />
      <CancellationPolicySection readOnly={readOnly} onDirtyChange={onPolicy} />
      <PortalAccessSection readOnly={readOnly} onDirtyChange={onPortal} />
    </>
  );
}
