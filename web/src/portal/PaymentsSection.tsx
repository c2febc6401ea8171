import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { walletClient, type CardView, type PaymentView } from '../api';
import { useTranslation } from '../i18n';
import { formatInstant, formatMoment, formatMoney } from '../lib/format';
import { CardForm } from '../shared/payments/CardForm';
import { brandName } from '../shared/payments/testCards';

export const walletKeys = {
  cards: ['portal', 'cards'] as const,
  payments: ['portal', 'payments'] as const,
  wallet: ['portal', 'wallet'] as const,
};

/**
 * The portal's money (PP7, PP8): the patient's cards (brand, last four, expiry — never a number) to add, remove
 * or make the default; their payments with any fee still outstanding; and the wallet's balance, packages and
 * history when the clinic shows them.
 */
export default function PaymentsSection() {
  const { t } = useTranslation('payment');
  const cards = useQuery({ queryKey: walletKeys.cards, queryFn: ({ signal }) => walletClient.listMyCards(signal) });
  const payments = useQuery({ queryKey: walletKeys.payments, queryFn: ({ signal }) => walletClient.listMyPayments(signal) });

  return (
    <section aria-labelledby="payments-heading" className="portal-payments">
      <h2 id="payments-heading">{t('pay.portal.heading')}</h2>
      {(cards.isPending || payments.isPending) && <p role="status">{t('pay.portal.loading')}</p>}
      {(cards.isError || payments.isError) && (
        <div role="alert" className="notice notice--error">
          <p>{t('pay.portal.loadFailed')}</p>
          <button type="button" className="button button--secondary" onClick={() => void Promise.all([cards.refetch(), payments.refetch()])}>
            {t('pay.portal.retry')}
          </button>
        </div>
      )}
      {cards.data && <Cards cards={cards.data} />}
      {payments.data && <Payments payments={payments.data.payments} />}
      {payments.data?.walletVisible && <Wallet />}
    </section>
  );
}

function Cards({ cards }: { cards: CardView[] }) {
  const { t } = useTranslation('payment');
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState<{ setupId: string; clientSecret: string; publishableKey: string | null } | null>(null);
  const [message, setMessage] = useState<string>();
  const [failed, setFailed] = useState(false);
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: walletKeys.cards }), queryClient.invalidateQueries({ queryKey: walletKeys.payments })]);

  const change = useMutation({
    mutationFn: ({ card, action }: { card: CardView; action: 'default' | 'remove' }) =>
      action === 'default' ? walletClient.setMyDefaultCard(card.id).then(() => undefined) : walletClient.removeMyCard(card.id),
    onMutate: () => {
      setMessage(undefined);
      setFailed(false);
    },
    onSuccess: (_, { action }) => {
      if (action === 'remove') setMessage(t('pay.portal.removed'));
      return refresh();
    },
    onError: () => setFailed(true),
  });

  const startAdding = useMutation({
    mutationFn: () => walletClient.startAddingCard(),
    onMutate: () => {
      setMessage(undefined);
      setFailed(false);
    },
    onSuccess: (setup) => setAdding(setup),
    onError: () => setFailed(true),
  });

  const save = async () => {
    if (!adding) return;
    const card = await walletClient.saveMyCard({ setupId: adding.setupId });
    setAdding(null);
    setMessage(t('pay.portal.added', { brand: brandName(card.brand), last4: card.last4 }));
    await refresh();
  };

  const label = (card: CardView) => ({ brand: brandName(card.brand), last4: card.last4 });
  return (
    <>
      <h3 id="my-cards">{t('pay.portal.cards')}</h3>
      {failed && (
        <div role="alert" className="notice notice--error">
          <p>{t('pay.portal.actionFailed')}</p>
        </div>
      )}
      {message && (
        <div role="status" className="notice notice--success">
          <p>{message}</p>
        </div>
      )}
      {cards.length === 0 ? (
        <p>{t('pay.portal.noCards')}</p>
      ) : (
        <ul className="card-list" aria-labelledby="my-cards">
          {cards.map((card) => (
            <li key={card.id} className="card-list__item">
              <span>
                <strong>{t('pay.portal.card', label(card))}</strong> · {card.isExpired ? t('pay.portal.expired') : t('pay.portal.expires', { month: String(card.expMonth).padStart(2, '0'), year: card.expYear })}
                {card.isDefault && <> · {t('pay.portal.default')}</>}
              </span>
              <span className="card-list__actions">
                {!card.isDefault && (
                  <button type="button" className="button button--secondary" disabled={change.isPending} onClick={() => change.mutate({ card, action: 'default' })}>
                    {t('pay.portal.makeDefault', label(card))}
                  </button>
                )}
                <button type="button" className="button button--secondary" disabled={change.isPending} onClick={() => change.mutate({ card, action: 'remove' })}>
                  {t('pay.portal.remove', label(card))}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {adding ? (
        <>
          <CardForm publishableKey={adding.publishableKey} setupId={adding.setupId} clientSecret={adding.clientSecret} onConfirmed={save} />
          <button type="button" className="button button--secondary" onClick={() => setAdding(null)}>
            {t('pay.portal.cancelAdd')}
          </button>
        </>
      ) : (
        <button type="button" className="button" disabled={startAdding.isPending} aria-busy={startAdding.isPending} onClick={() => startAdding.mutate()}>
          {t('pay.portal.addCard')}
        </button>
      )}
    </>
  );
}

function Payments({ payments }: { payments: PaymentView[] }) {
  const { t, i18n } = useTranslation('payment');
  const locale = i18n.resolvedLanguage;
  const money = (payment: PaymentView, amountMinor: number) => formatMoney({ amountMinor, currency: payment.currency }, locale);
  return (
    <>
      <h3 id="my-payments">{t('pay.portal.payments')}</h3>
      {payments.length === 0 ? (
        <p>{t('pay.portal.noPayments')}</p>
      ) : (
        <ul className="payment-list" aria-labelledby="my-payments">
          {payments.map((payment) => (
            <li key={payment.id} className={payment.outstanding ? 'payment-list__item payment-list__item--outstanding' : 'payment-list__item'}>
              <p>
                <strong>{t(`pay.portal.kinds.${payment.kind}`)}</strong> · {money(payment, payment.amountMinor)} ·{' '}
                {payment.outstanding ? t('pay.portal.outstanding') : t(`pay.portal.statuses.${payment.status}`)}
              </p>
              {payment.visit && (
                <p>
                  {payment.visit.title} · {formatInstant(payment.visit.startsAt, payment.visit.timeZone, locale)}
                </p>
              )}
              <p>
                {formatMoment(payment.createdAt, locale)}
                {payment.card && <> · {t('pay.portal.card', { brand: brandName(payment.card.brand), last4: payment.card.last4 })}</>}
              </p>
              {payment.coveredByDepositMinor > 0 && <p>{t('pay.portal.coveredByDeposit', { amount: money(payment, payment.coveredByDepositMinor) })}</p>}
              {payment.refundedMinor > 0 && <p>{t('pay.portal.refunded', { amount: money(payment, payment.refundedMinor) })}</p>}
              {payment.outstanding && <p className="notice">{t('pay.portal.outstandingHint')}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Wallet() {
  const { t, i18n } = useTranslation('payment');
  const locale = i18n.resolvedLanguage;
  const wallet = useQuery({ queryKey: walletKeys.wallet, queryFn: ({ signal }) => walletClient.getMyWallet(signal) });
  if (!wallet.data) return wallet.isPending ? <p role="status">{t('pay.portal.loading')}</p> : null;
  const { balanceMinor, currency, packages, entries } = wallet.data;
  return (
    <>
      <h3>{t('pay.portal.wallet')}</h3>
      <p>{t('pay.portal.balance', { amount: formatMoney({ amountMinor: balanceMinor, currency }, locale) })}</p>
      {packages.length > 0 && (
        <>
          <h4>{t('pay.portal.packages')}</h4>
          <ul>
            {packages.map((pack) => (
              <li key={pack.id}>
                {t('pay.portal.packageUntil', { name: pack.name, date: formatMoment(pack.expiresAt, locale) })}
                <ul>
                  {pack.lines.map((line) => (
                    <li key={line.serviceId}>{t('pay.portal.sessionsLeft', { service: line.serviceName, left: line.remaining, total: line.sessions })}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>{t('pay.portal.history')}</h4>
      {entries.length === 0 ? (
        <p>{t('pay.portal.noHistory')}</p>
      ) : (
        <ul>
          {entries.map((entry) => (
            <li key={entry.id}>
              {formatMoment(entry.at, locale)} · {entry.description}
              {entry.amountMinor !== 0 && <> · {formatMoney({ amountMinor: entry.amountMinor, currency: entry.currency }, locale)}</>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
