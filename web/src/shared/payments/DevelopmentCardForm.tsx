import { useState } from 'react';
import * as z from 'zod/mini';
import { walletClient } from '../../api';
import { problemOf } from '../../api/problems';
import { useFieldErrors } from '../../forms/errors';
import { SubmitButton } from '../../forms/FormMessages';
import { TextField } from '../../forms/TextField';
import { useZodForm } from '../../forms/useZodForm';
import { useTranslation } from '../../i18n';
import { DevelopmentChallenge } from './DevelopmentChallenge';
import { digitsOf, parseExpiry, reasonKey, testCards } from './testCards';

const schema = z.object({
  number: z.string().check(z.refine((value) => digitsOf(value) in testCards, 'pay.card.notATestCard')),
  expiry: z.string().check(
    z.refine((value) => parseExpiry(value) !== null, 'pay.card.expiryInvalid'),
    z.refine((value) => {
      const expiry = parseExpiry(value);
      const now = new Date();
      return !expiry || expiry.year > now.getFullYear() || (expiry.year === now.getFullYear() && expiry.month >= now.getMonth() + 1);
    }, 'pay.card.expiryPast'),
  ),
  cvc: z.string().check(z.refine((value) => /^\d{3,4}$/.test(value.trim()), 'pay.card.cvcInvalid')),
});

interface Props {
  /** The setup to confirm (saving a card), or with `paymentId` the payment it belongs to (a pay link). */
  setupId: string;
  clientSecret: string;
  /** Confirms this payment instead of a setup: the card pays now, as Stripe's confirmPayment does. */
  paymentId?: string;
  /** The bank accepted the card (after its challenge, when it asked for one). */
  onConfirmed: () => void | Promise<void>;
  /** A refusal found later (when the card was authorized): the bank's reason, shown next to the number. */
  refusal?: string | null;
  submitLabel?: string;
}

/**
 * The development gateway's card form (no publishable key configured): the published test numbers give success,
 * a decline, insufficient funds or a bank that asks for authentication (a simulated challenge). The bank's reason
 * is shown next to the card number in the patient's language.
 */
export function DevelopmentCardForm({ setupId, clientSecret, paymentId, onConfirmed, refusal, submitLabel }: Props) {
  const { t } = useTranslation('payment');
  const [challenge, setChallenge] = useState(false);
  const [bankError, setBankError] = useState<string | null>(null);
  const { register, handleSubmit, formState, setFocus } = useZodForm(schema, { defaultValues: { number: '', expiry: '', cvc: '' } });
  const fieldError = useFieldErrors(formState.errors);
  const shownRefusal = bankError ?? (refusal ? t(reasonKey(refusal)) : null);

  const refused = (reason: string | null) => {
    setBankError(t(reasonKey(reason)));
    setFocus('number');
  };

  const onSubmit = async (values: z.output<typeof schema>) => {
    setBankError(null);
    const digits = digitsOf(values.number);
    const expiry = parseExpiry(values.expiry)!;
    try {
      const card = { scenario: testCards[digits], brand: 'visa', last4: digits.slice(-4), expMonth: expiry.month, expYear: expiry.year };
      const result = paymentId
        ? await walletClient.confirmDevelopmentPayment(paymentId, { clientSecret, card })
        : await walletClient.confirmDevelopmentSetup(setupId, { clientSecret, card });
      if (result.status === 'requires_action') setChallenge(true);
      else if (result.status === 'succeeded') await onConfirmed();
      else refused(result.failureReason);
    } catch (error) {
      refused(problemOf(error).status === 422 ? 'card_declined' : 'processing_error');
    }
  };

  const answerChallenge = async (approve: boolean) => {
    try {
      const result = paymentId
        ? await walletClient.authenticateDevelopmentPayment(paymentId, { clientSecret, approve })
        : await walletClient.authenticateDevelopmentSetup(setupId, { clientSecret, approve });
      setChallenge(false);
      if (result.status === 'succeeded') await onConfirmed();
      else refused(result.failureReason ?? 'authentication_failed');
    } catch {
      setChallenge(false);
      refused('processing_error');
    }
  };

  if (challenge) return <DevelopmentChallenge onAnswer={answerChallenge} />;

  return (
    <form className="form card-form" onSubmit={handleSubmit(onSubmit)} noValidate>
      <div className="notice" id="test-cards">
        <p>{t('pay.card.testMode')}</p>
        <ul>
          <li>{t('pay.card.testSuccess')}</li>
          <li>{t('pay.card.testDecline')}</li>
          <li>{t('pay.card.testFunds')}</li>
          <li>{t('pay.card.testAuth')}</li>
        </ul>
      </div>
      <TextField
        label={t('pay.card.number')}
        registration={register('number')}
        error={fieldError('number') ?? shownRefusal ?? undefined}
        describedBy="test-cards"
        inputMode="numeric"
        autoComplete="cc-number"
      />
      <div className="card-form__row">
        <TextField label={t('pay.card.expiry')} registration={register('expiry')} error={fieldError('expiry')} inputMode="numeric" autoComplete="cc-exp" />
        <TextField label={t('pay.card.cvc')} registration={register('cvc')} error={fieldError('cvc')} inputMode="numeric" autoComplete="cc-csc" />
      </div>
      <SubmitButton busy={formState.isSubmitting} label={submitLabel ?? t('pay.card.save')} busyLabel={t('pay.card.saving')} />
    </form>
  );
}
