import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { walletClient, type PayLinkView } from '../api';
import { problemOf } from '../api/problems';
import { useTranslation } from '../i18n';
import { PageTitle } from '../layout/PageTitle';
import { formatInstant, formatMoney } from '../lib/format';
import { CardForm } from '../shared/payments/CardForm';
import { reasonKey } from '../shared/payments/testCards';

/**
 * The pay link emailed when a fee could not be charged (PP15): the patient sees what it is for and pays it with a
 * card, or learns it is already paid or waived. The token in the address is the only key; nothing else is shown.
 */
export default function PayPage() {
  const { token = '' } = useParams();
  const { t, i18n } = useTranslation('payment');
  const locale = i18n.resolvedLanguage;
  const queryClient = useQueryClient();
  const key = ['pay-link', token];
  const link = useQuery({ queryKey: key, queryFn: ({ signal }) => walletClient.getPayLink(token, signal), retry: false });
  const start = useMutation({ mutationFn: () => walletClient.startPayLinkPayment(token) });
  const paid = async () => {
    queryClient.setQueryData<PayLinkView>(key, await walletClient.refreshPayLink(token));
  };

  const heading = t('pay.link.heading');
  if (link.isPending) return <p role="status">{t('pay.link.loading')}</p>;
  if (link.isError) {
    const notFound = problemOf(link.error).status === 404;
    return (
      <>
        <PageTitle title={heading} />
        <h1>{heading}</h1>
        <div role="alert" className="notice notice--error">
          <p>{notFound ? t('pay.link.notFound') : t('pay.link.loadFailed')}</p>
        </div>
      </>
    );
  }

  const view = link.data;
  const amount = formatMoney({ amountMinor: view.amountMinor, currency: view.currency }, locale);
  return (
    <>
      <PageTitle title={heading} />
      <h1>{heading}</h1>
      <p>
        <strong>{t(`pay.portal.kinds.${view.kind}`)}</strong> · {amount}
      </p>
      {view.visit && (
        <p>
          {view.visit.title} · {formatInstant(view.visit.startsAt, view.visit.timeZone, locale)} · {view.visit.locationName}
        </p>
      )}
      {view.state === 'Paid' && (
        <div role="status" className="notice notice--success">
          <p>{t('pay.link.paid', { amount })}</p>
        </div>
      )}
      {view.state === 'Waived' && (
        <div role="status" className="notice">
          <p>{t('pay.link.waived')}</p>
        </div>
      )}
      {view.state === 'Due' && (
        <>
          {view.failureReason && <p>{t(reasonKey(view.failureReason))}</p>}
          {start.data ? (
            <CardForm
              publishableKey={start.data.publishableKey}
              setupId={start.data.gatewayPaymentId}
              paymentId={start.data.gatewayPaymentId}
              clientSecret={start.data.clientSecret}
              onConfirmed={paid}
              submitLabel={t('pay.link.pay', { amount })}
            />
          ) : (
            <>
              {start.isError && (
                <div role="alert" className="notice notice--error">
                  <p>{problemOf(start.error).status === 409 ? t('pay.link.notDue') : t('pay.link.loadFailed')}</p>
                </div>
              )}
              <button type="button" className="button" disabled={start.isPending} aria-busy={start.isPending} onClick={() => start.mutate()}>
                {t('pay.link.payWithCard', { amount })}
              </button>
            </>
          )}
        </>
      )}
    </>
  );
}
