import { useState } from 'react';
import type { PaymentView } from '../../api';
import { useTranslation } from '../../i18n';
import { formatMoment, formatMoney } from '../../lib/format';
import { brandName } from '../../shared/payments/testCards';
import { RefundForm, WaiveForm } from './walletForms';

interface Props {
  payment: PaymentView;
  /** Shown in the payments list, where rows belong to many patients. */
  showPatient?: boolean;
  onRefund: (payment: PaymentView, amountMinor: number, reason: string, asCredit: boolean) => Promise<unknown>;
  onWaive: (payment: PaymentView, reason: string) => Promise<unknown>;
}

/** One payment as staff see it: what, how much, its state, and the refund or waive it allows. */
export function PaymentRow({ payment, showPatient, onRefund, onWaive }: Props) {
  const { t, i18n } = useTranslation('staff');
  const locale = i18n.language;
  const [open, setOpen] = useState<'refund' | 'waive' | null>(null);
  const money = (amountMinor: number) => formatMoney({ amountMinor, currency: payment.currency }, locale);
  const kind = t(`adminWallet.kindsOfPayment.${payment.kind}`);

  return (
    <li className={payment.outstanding ? 'payment-list__item payment-list__item--outstanding' : 'payment-list__item'}>
      <p>
        <strong>
          {kind} · {money(payment.amountMinor)}
        </strong>{' '}
        · {t(`adminWallet.statuses.${payment.status}`)}
        {payment.outstanding && <> · {t('adminWallet.outstanding')}</>}
        {payment.refundedMinor > 0 && <> · {t('adminWallet.refunded', { amount: money(payment.refundedMinor) })}</>}
        {payment.waiveReason && <> · {t('adminWallet.waived', { reason: payment.waiveReason })}</>}
      </p>
      <p>
        {formatMoment(payment.createdAt, locale)}
        {showPatient && <> · {payment.patientName}</>}
        {payment.visit && <> · {payment.visit.title}</>}
        {payment.card && <> · {brandName(payment.card.brand)} ····{payment.card.last4}</>}
      </p>
      {open === 'refund' ? (
        <RefundForm payment={payment} onCancel={() => setOpen(null)} onRefund={(amount, reason, asCredit) => onRefund(payment, amount, reason, asCredit).then(() => setOpen(null))} />
      ) : open === 'waive' ? (
        <WaiveForm onCancel={() => setOpen(null)} onWaive={(reason) => onWaive(payment, reason).then(() => setOpen(null))} />
      ) : (
        <div className="card-list__actions">
          {payment.refundableMinor > 0 && (
            <button type="button" className="button button--secondary" onClick={() => setOpen('refund')}>
              {t('adminWallet.refundFor', { kind, amount: money(payment.amountMinor) })}
            </button>
          )}
          {payment.outstanding && (
            <button type="button" className="button button--secondary" onClick={() => setOpen('waive')}>
              {t('adminWallet.waiveFor', { kind, amount: money(payment.amountMinor) })}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
