import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { isPatient, useCurrentUser } from '../account/session';
import { useTranslation } from '../i18n';
import { PageTitle } from '../layout/PageTitle';
import { loadStrings } from '../i18n';
import { MyFormsSections } from './forms/MyFormsSections';
import { MyAppointments } from './MyAppointments';

// Cards, payments and the wallet bring their own strings (and, with Stripe, reach Stripe.js only to add a card).
const PaymentsSection = lazy(() => Promise.all([import('./PaymentsSection'), loadStrings('payment')]).then(([module]) => module));

export default function PortalPage() {
  const { t } = useTranslation();
  const me = useCurrentUser().data;

  return (
    <>
      <PageTitle title={t('portal.heading')} />
      <h1>{t('portal.heading')}</h1>
      {isPatient(me) ? (
        <>
          <p>{t('portal.greeting', { name: me?.firstName ?? me?.displayName })}</p>
          <p>{t('portal.intro')}</p>
          <p>
            <Link to="/portal/settings">{t('portal.settingsLink')}</Link>
          </p>
          <MyFormsSections />
          <MyAppointments />
          <Suspense fallback={<p role="status">{t('booking.loading')}</p>}>
            <PaymentsSection />
          </Suspense>
        </>
      ) : (
        <p className="notice">
          {t('portal.staffOnly')} <Link to="/admin">{t('portal.toAdmin')}</Link>
        </p>
      )}
    </>
  );
}
