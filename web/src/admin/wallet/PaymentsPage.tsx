import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { walletClient, type PaymentStatus, type PaymentView } from '../../api';
import { useTranslation } from '../../i18n';
import { PageTitle } from '../../layout/PageTitle';
import { formatMoney } from '../../lib/format';
import { PaymentRow } from './PaymentRow';
import { staffWalletKeys } from './PatientWalletSection';

const statuses = ['Pending', 'RequiresAction', 'Authorized', 'Succeeded', 'Failed', 'Released', 'Waived'] as const satisfies readonly PaymentStatus[];

/** Staff's payments list (ST5): by day range and status, outstanding fees or refunds only, with the day's totals. */
export default function PaymentsPage() {
  const { t, i18n } = useTranslation('staff');
  const locale = i18n.language;
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<{ from: string; to: string; status: PaymentStatus | ''; outstandingOnly: boolean; refundedOnly: boolean }>({
    // Today, by this computer's calendar: the day's takings are what the desk looks at first.
    from: new Date().toLocaleDateString('sv-SE'),
    to: '',
    status: '',
    outstandingOnly: false,
    refundedOnly: false,
  });
  const list = useQuery({
    queryKey: [...staffWalletKeys.payments, filters],
    queryFn: ({ signal }) =>
      walletClient.listPayments(filters.from || undefined, filters.to || undefined, filters.status || undefined, filters.outstandingOnly, filters.refundedOnly, signal),
    // A day is needed unless only outstanding fees are asked for (the server says the same).
    enabled: filters.from !== '' || filters.outstandingOnly,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['admin'] });
  const refund = useMutation({
    mutationFn: ({ payment, amountMinor, reason, asCredit }: { payment: PaymentView; amountMinor: number; reason: string; asCredit: boolean }) =>
      walletClient.refundPayment(payment.id, { amountMinor, currency: payment.currency, reason, asCredit }),
    onSuccess: refresh,
  });
  const waive = useMutation({
    mutationFn: ({ payment, reason }: { payment: PaymentView; reason: string }) => walletClient.waiveFee(payment.id, { reason }),
    onSuccess: refresh,
  });
  const money = (amountMinor: number) => formatMoney({ amountMinor, currency: list.data?.currency ?? 'EUR' }, locale);

  return (
    <>
      <PageTitle title={t('adminWallet.list.heading')} />
      <h1>{t('adminWallet.list.heading')}</h1>
      <div className="form filters">
        <div className="field">
          <label htmlFor="payments-from">{t('adminWallet.list.from')}</label>
          <input id="payments-from" type="date" value={filters.from} onChange={(event) => setFilters({ ...filters, from: event.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="payments-to">{t('adminWallet.list.to')}</label>
          <input id="payments-to" type="date" value={filters.to} onChange={(event) => setFilters({ ...filters, to: event.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="payments-status">{t('adminWallet.list.status')}</label>
          <select id="payments-status" value={filters.status} onChange={(event) => setFilters({ ...filters, status: event.target.value as PaymentStatus | '' })}>
            <option value="">{t('adminWallet.list.anyStatus')}</option>
            {statuses.map((status) => (
              <option key={status} value={status}>
                {t(`adminWallet.statuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--checkbox">
          <input id="payments-outstanding" type="checkbox" checked={filters.outstandingOnly} onChange={(event) => setFilters({ ...filters, outstandingOnly: event.target.checked })} />
          <label htmlFor="payments-outstanding">{t('adminWallet.list.outstandingOnly')}</label>
        </div>
        <div className="field field--checkbox">
          <input id="payments-refunded" type="checkbox" checked={filters.refundedOnly} onChange={(event) => setFilters({ ...filters, refundedOnly: event.target.checked })} />
          <label htmlFor="payments-refunded">{t('adminWallet.list.refundedOnly')}</label>
        </div>
      </div>
      {list.isPending && (list.fetchStatus === 'idle' ? <p>{t('adminWallet.list.chooseDay')}</p> : <p role="status">{t('adminWallet.loading')}</p>)}
      {list.isError && (
        <div role="alert" className="notice notice--error">
          <p>{t('adminWallet.loadFailed')}</p>
          <button type="button" className="button button--secondary" onClick={() => void list.refetch()}>
            {t('adminWallet.retry')}
          </button>
        </div>
      )}
      {list.data && (
        <>
          <p>{t('adminWallet.list.totals', { taken: money(list.data.takenMinor), refunded: money(list.data.refundedMinor), outstanding: money(list.data.outstandingMinor) })}</p>
          {list.data.payments.length === 0 ? (
            <p>{t('adminWallet.list.empty')}</p>
          ) : (
            <ul className="payment-list" aria-label={t('adminWallet.list.heading')}>
              {list.data.payments.map((payment) => (
                <PaymentRow
                  key={payment.id}
                  payment={payment}
                  showPatient
                  onRefund={(payment, amountMinor, reason, asCredit) => refund.mutateAsync({ payment, amountMinor, reason, asCredit })}
                  onWaive={(payment, reason) => waive.mutateAsync({ payment, reason })}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
