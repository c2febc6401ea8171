import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { walletClient, type CreditAdjustment, type PackageProductView, type PaymentView } from '../../api';
import { useTranslation } from '../../i18n';
import { formatMoment, formatMoney } from '../../lib/format';
import { brandName } from '../../shared/payments/testCards';
import { PaymentRow } from './PaymentRow';
import { AdjustCreditForm, AssignPackageForm } from './walletForms';

export const staffWalletKeys = {
  patient: (patientId: string) => ['admin', 'wallet', patientId] as const,
  products: ['admin', 'wallet', 'products'] as const,
  payments: ['admin', 'payments'] as const,
};

/** The patient record's Wallet and payments (ST5, ST6): cards masked, payments with refund and waive, the wallet with its adjustments. */
export function PatientWalletSection({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation('staff');
  const locale = i18n.language;
  const queryClient = useQueryClient();
  const [done, setDone] = useState<string>();
  const wallet = useQuery({ queryKey: staffWalletKeys.patient(patientId), queryFn: ({ signal }) => walletClient.getPatientWallet(patientId, signal) });
  const products = useQuery({ queryKey: staffWalletKeys.products, queryFn: ({ signal }) => walletClient.listPackageProducts(signal) });
  const refresh = (message: string) => {
    setDone(message);
    return Promise.all([queryClient.invalidateQueries({ queryKey: staffWalletKeys.patient(patientId) }), queryClient.invalidateQueries({ queryKey: staffWalletKeys.payments })]);
  };

  const refund = useMutation({
    mutationFn: ({ payment, amountMinor, reason, asCredit }: { payment: PaymentView; amountMinor: number; reason: string; asCredit: boolean }) =>
      walletClient.refundPayment(payment.id, { amountMinor, currency: payment.currency, reason, asCredit }),
    onSuccess: () => refresh(t('adminWallet.refundDone')),
  });
  const waive = useMutation({
    mutationFn: ({ payment, reason }: { payment: PaymentView; reason: string }) => walletClient.waiveFee(payment.id, { reason }),
    onSuccess: () => refresh(t('adminWallet.waiveDone')),
  });

  const data = wallet.data;
  return (
    <section aria-labelledby="patient-wallet-heading">
      <h2 id="patient-wallet-heading">{t('adminWallet.heading')}</h2>
      {wallet.isPending && <p role="status">{t('adminWallet.loading')}</p>}
      {wallet.isError && (
        <div role="alert" className="notice notice--error">
          <p>{t('adminWallet.loadFailed')}</p>
          <button type="button" className="button button--secondary" onClick={() => void wallet.refetch()}>
            {t('adminWallet.retry')}
          </button>
        </div>
      )}
      {done && (
        <div role="status" className="notice notice--success">
          <p>{done}</p>
        </div>
      )}
      {data && (
        <>
          <h3>{t('adminWallet.cards')}</h3>
          {data.cards.length === 0 ? (
            <p>{t('adminWallet.noCards')}</p>
          ) : (
            <ul>
              {data.cards.map((card) => (
                <li key={card.id}>
                  {t('adminWallet.card', { brand: brandName(card.brand), last4: card.last4, month: String(card.expMonth).padStart(2, '0'), year: card.expYear })}
                  {card.isDefault && <> · {t('adminWallet.defaultCard')}</>}
                </li>
              ))}
            </ul>
          )}

          <h3 id="patient-payments">{t('adminWallet.payments')}</h3>
          {data.outstandingMinor > 0 && <p className="notice">{t('adminWallet.outstandingTotal', { amount: formatMoney({ amountMinor: data.outstandingMinor, currency: data.wallet.currency }, locale) })}</p>}
          {data.payments.length === 0 ? (
            <p>{t('adminWallet.noPayments')}</p>
          ) : (
            <ul className="payment-list" aria-labelledby="patient-payments">
              {data.payments.map((payment) => (
                <PaymentRow
                  key={payment.id}
                  payment={payment}
                  onRefund={(payment, amountMinor, reason, asCredit) => refund.mutateAsync({ payment, amountMinor, reason, asCredit })}
                  onWaive={(payment, reason) => waive.mutateAsync({ payment, reason })}
                />
              ))}
            </ul>
          )}

          <h3>{t('adminWallet.wallet')}</h3>
          <p>{data.walletVisibleToPatient ? t('adminWallet.visibleToPatient') : t('adminWallet.hiddenFromPatient')}</p>
          <p>
            <strong>{t('adminWallet.balance', { amount: formatMoney({ amountMinor: data.wallet.balanceMinor, currency: data.wallet.currency }, locale) })}</strong>
          </p>
          {data.wallet.packages.length > 0 && (
            <>
              <h4>{t('adminWallet.packages')}</h4>
              <ul>
                {data.wallet.packages.map((pack) => (
                  <li key={pack.id}>
                    {t('adminWallet.packageUntil', { name: pack.name, date: formatMoment(pack.expiresAt, locale) })}
                    <ul>
                      {pack.lines.map((line) => (
                        <li key={line.serviceId}>{t('adminWallet.sessionsLeft', { service: line.serviceName, left: line.remaining, total: line.sessions })}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h4>{t('adminWallet.history')}</h4>
          {data.wallet.entries.length === 0 ? (
            <p>{t('adminWallet.noHistory')}</p>
          ) : (
            <ul>
              {data.wallet.entries.map((entry) => (
                <li key={entry.id}>
                  {formatMoment(entry.at, locale)} · {entry.description}
                  {entry.amountMinor !== 0 && <> · {formatMoney({ amountMinor: entry.amountMinor, currency: entry.currency }, locale)}</>}
                  {entry.reason && <> · {entry.reason}</>} · {entry.actor}
                </li>
              ))}
            </ul>
          )}
          <h4>{t('adminWallet.adjust')}</h4>
          <AdjustCreditForm
            currency={data.wallet.currency}
            onAdjust={(kind: CreditAdjustment, amountMinor, reason) =>
              walletClient.adjustCredit(patientId, { kind, amountMinor, currency: data.wallet.currency, reason }).then(() => refresh(t('adminWallet.creditDone')))
            }
          />
          <h4>{t('adminWallet.assign')}</h4>
          {products.data && (
            <AssignPackageForm
              products={products.data.filter((product) => product.isActive)}
              onAssign={(product: PackageProductView, pricePaidMinor, reason) =>
                walletClient.assignPackage(patientId, { packageProductId: product.id, pricePaidMinor, reason }).then(() => refresh(t('adminWallet.packageDone')))
              }
            />
          )}
        </>
      )}
    </section>
  );
}
