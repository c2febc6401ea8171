import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useCurrentUser } from '../account/session';
import { schedulingClient, walletClient, type BookingPaymentStep } from '../api';
import { problemOf } from '../api/problems';
import { useTranslation } from '../i18n';
import { formatMoney } from '../lib/format';
import { CardForm } from '../shared/payments/CardForm';
import { DevelopmentChallenge } from '../shared/payments/DevelopmentChallenge';
import { handleBankAction } from '../shared/payments/stripe';
import { brandName, reasonKey } from '../shared/payments/testCards';
import { heldGroups, type FlowState, type SecuredPayment } from './flowState';

interface Props {
  flow: FlowState;
  update: (change: Partial<FlowState> | ((flow: FlowState) => Partial<FlowState>)) => void;
  /** The card step is done or not needed: the booking may be confirmed. */
  onReady: (payment: SecuredPayment | null) => void;
  /** The booking needs a card the patient has not validated yet. */
  onRequired: () => void;
  /** The holds lapsed or the card step was released: choose the time again. */
  onHoldsLost: () => void;
}

/**
 * The card step (OB8, OB9): when the booking has a deposit, or the clinic's policy a cancellation or no-show fee,
 * the patient is told why, then validates a card — the deposit authorized, or the card check held and released.
 * The holds are extended while the patient is here. Every request is keyed by the holds on the server, so a
 * retry, a double click or a reload resumes the same setup and authorization.
 */
export default function CardStep({ flow, update, onReady, onRequired, onHoldsLost }: Props) {
  const { t, i18n } = useTranslation('payment');
  const locale = i18n.resolvedLanguage;
  const queryClient = useQueryClient();
  const holds = heldGroups(flow).map((group) => ({ holdId: group.hold.holdId, holdToken: group.hold.holdToken }));
  const holdKey = holds.map((hold) => hold.holdId).join(',');
  const details = flow.details;
  const [refusal, setRefusal] = useState<string | null>(null);
  const [authorizing, setAuthorizing] = useState(false);
  /** The bank's question about an authorization, and the card on file it was made on (null: the typed card). */
  const [challenge, setChallenge] = useState<{ step: BookingPaymentStep; cardId: string | null } | null>(null);
  // A signed-in patient may use a card on file: nothing typed, the same authorization on that card.
  const signedIn = !!useCurrentUser().data?.patientId;
  const [chosenCard, setChosenCard] = useState<string | null>(null);

  const step = useQuery({
    queryKey: ['booking-payment', holdKey],
    // Opening the step gives the patient the time they need for it: the holds are extended (never past their cap).
    queryFn: async ({ signal }) => {
      const extended = await schedulingClient.extendSlotHolds({ holds }, signal);
      update((current) => ({
        groups: current.groups.map((group) => {
          const lasting = group.hold && extended.find((hold) => hold.holdId === group.hold?.holdId);
          return lasting && group.hold ? { ...group, hold: { ...group.hold, expiresAt: lasting.expiresAt } } : group;
        }),
      }));
      return walletClient.startBookingPayment(
        { holds, payer: details ? { fullName: `${details.firstName} ${details.lastName}`.trim(), email: details.email, language: details.language } : null },
        signal,
      );
    },
    staleTime: Infinity,
    retry: false,
  });

  const lost = step.error && [404, 409].includes(problemOf(step.error).status);
  useEffect(() => {
    if (lost) onHoldsLost();
  }, [lost, onHoldsLost]);

  const current = step.data;
  const savedCards = useQuery({
    queryKey: ['portal', 'cards'],
    queryFn: ({ signal }) => walletClient.listMyCards(signal),
    enabled: signedIn && !!current?.cardRequired && current.stage === 'EnterCard',
  });
  const usable = (savedCards.data ?? []).filter((card) => !card.isExpired);
  const selected = chosenCard === 'new' ? null : (usable.find((card) => card.id === chosenCard) ?? usable.find((card) => card.isDefault) ?? usable[0] ?? null);

  useEffect(() => {
    if (!current) return;
    if (!current.cardRequired) onReady(null);
    else if (current.stage !== 'Secured' || !current.card) onRequired();
    else
      onReady({ depositMinor: current.depositMinor, currency: current.currency, brand: brandName(current.card.brand), last4: current.card.last4 });
  }, [current, onReady, onRequired]);

  const show = (next: BookingPaymentStep) => queryClient.setQueryData(['booking-payment', holdKey], next);

  const authorize = async (cardId: string | null = null) => {
    setAuthorizing(true);
    setRefusal(null);
    try {
      const next = await walletClient.authorizeBookingPayment({ holds, cardId });
      if (next.stage === 'Authenticate') {
        if (next.publishableKey && next.actionClientSecret) {
          const failed = await handleBankAction(next.publishableKey, next.actionClientSecret);
          if (failed) throw Object.assign(new Error(failed), { status: 422, reason: failed });
          await authorize(cardId);
          return;
        }
        setChallenge({ step: next, cardId });
        return;
      }
      show(next);
    } catch (error) {
      const problem = problemOf(error) as { status: number; reason?: string };
      if (problem.status === 404 || problem.status === 409) {
        onHoldsLost();
        return;
      }
      // The bank refused the card: its reason next to the field, and a new setup for the next card.
      setRefusal(problem.status === 422 ? (problem.reason ?? 'card_declined') : 'processing_error');
      await step.refetch();
    } finally {
      setAuthorizing(false);
    }
  };

  const answerChallenge = async (approve: boolean) => {
    if (!challenge?.step.actionPaymentId || !challenge.step.actionClientSecret) return;
    const { step: pending, cardId } = challenge;
    setChallenge(null);
    await walletClient.authenticateDevelopmentPayment(pending.actionPaymentId!, { clientSecret: pending.actionClientSecret!, approve }).catch(() => undefined);
    await authorize(cardId);
  };

  if (step.isPending) return <p role="status">{t('pay.step.loading')}</p>;
  if (step.isError) {
    if (lost) return null;
    return (
      <div role="alert" className="notice notice--error">
        <p>{t('pay.step.loadFailed')}</p>
        <button type="button" className="button button--secondary" onClick={() => void step.refetch()}>
          {t('pay.step.retry')}
        </button>
      </div>
    );
  }
  if (!current?.cardRequired) return null;

  const money = (amountMinor: number) => formatMoney({ amountMinor, currency: current.currency }, locale);
  return (
    <section className="card-step" aria-labelledby="card-step-heading">
      <h3 id="card-step-heading">{t('pay.step.heading')}</h3>
      <p>{t('pay.step.why')}</p>
      <ul className="card-step__reasons">
        {current.depositMinor > 0 && <li>{t('pay.step.deposit', { amount: money(current.depositMinor) })}</li>}
        {current.hasCancellationFee && <li>{t('pay.step.cancellationFee')}</li>}
        {current.noShowFeeMinor > 0 && <li>{t('pay.step.noShowFee', { amount: money(current.noShowFeeMinor) })}</li>}
        {current.cardCheck && <li>{t('pay.step.cardCheck', { amount: money(current.cardCheckMinor) })}</li>}
      </ul>
      {current.stage === 'Secured' && current.card ? (
        <div role="status" className="notice notice--success">
          <p>
            {current.depositMinor > 0
              ? t('pay.step.depositHeld', { amount: money(current.depositMinor), brand: brandName(current.card.brand), last4: current.card.last4 })
              : t('pay.step.secured', { brand: brandName(current.card.brand), last4: current.card.last4 })}
          </p>
        </div>
      ) : challenge ? (
        <DevelopmentChallenge onAnswer={answerChallenge} />
      ) : authorizing ? (
        <p role="status">{t('pay.step.authorizing')}</p>
      ) : (
        <>
          {usable.length > 0 && (
            <fieldset className="choice-list">
              <legend>{t('pay.step.savedCards')}</legend>
              {usable.map((card) => (
                <label key={card.id} className="choice">
                  <input type="radio" name="saved-card" checked={selected?.id === card.id} onChange={() => setChosenCard(card.id)} />
                  {t('pay.portal.card', { brand: brandName(card.brand), last4: card.last4 })}
                </label>
              ))}
              <label className="choice">
                <input type="radio" name="saved-card" checked={selected === null} onChange={() => setChosenCard('new')} />
                {t('pay.step.otherCard')}
              </label>
            </fieldset>
          )}
          {selected ? (
            <>
              {refusal && <p className="field__error">{t(reasonKey(refusal))}</p>}
              <button type="button" className="button" onClick={() => void authorize(selected.id)}>
                {t('pay.step.useCard', { brand: brandName(selected.brand), last4: selected.last4 })}
              </button>
            </>
          ) : current.setupId && current.clientSecret ? (
            <CardForm
              key={current.setupId}
              publishableKey={current.publishableKey}
              setupId={current.setupId}
              clientSecret={current.clientSecret}
              onConfirmed={() => authorize()}
              refusal={refusal}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
