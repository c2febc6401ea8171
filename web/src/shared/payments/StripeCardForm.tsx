import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { StripeElements, Stripe } from '@stripe/stripe-js';
import { SubmitButton } from '../../forms/FormMessages';
import { useTranslation } from '../../i18n';
import { stripeFor } from './stripe';
import { reasonKey } from './testCards';

interface Props {
  publishableKey: string;
  clientSecret: string;
  onConfirmed: () => void | Promise<void>;
  refusal?: string | null;
  submitLabel?: string;
  /** The client secret is a payment's (a pay link): the card pays now instead of being saved. */
  payNow?: boolean;
}

/**
 * Stripe's Payment Element confirming the setup the server created: the card number is typed into Stripe's own
 * frame and never touches our page or servers; the bank's challenge (3-D Secure) is Stripe's.
 */
export function StripeCardForm({ publishableKey, clientSecret, onConfirmed, refusal, submitLabel, payNow }: Props) {
  const { t, i18n } = useTranslation('payment');
  const mount = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState<{ stripe: Stripe; elements: StripeElements } | null>(null);
  const [failed, setFailed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let unmount: (() => void) | undefined;
    stripeFor(publishableKey).then(
      (stripe) => {
        if (cancelled || !stripe || !mount.current) {
          if (!stripe) setFailed(true);
          return;
        }
        const elements = stripe.elements({ clientSecret, locale: i18n.language });
        const element = elements.create('payment');
        element.mount(mount.current);
        unmount = () => element.destroy();
        setReady({ stripe, elements });
      },
      () => setFailed(true),
    );
    return () => {
      cancelled = true;
      unmount?.();
    };
  }, [publishableKey, clientSecret, i18n.language]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready || busy) return;
    setBusy(true);
    setError(null);
    try {
      const { error: refused } = payNow
        ? await ready.stripe.confirmPayment({ elements: ready.elements, redirect: 'if_required' })
        : await ready.stripe.confirmSetup({ elements: ready.elements, redirect: 'if_required' });
      if (refused) setError(t(reasonKey(refused.decline_code ?? refused.code)));
      else await onConfirmed();
    } finally {
      setBusy(false);
    }
  };

  const shown = error ?? (refusal ? t(reasonKey(refusal)) : null);
  return (
    <form className="form card-form" onSubmit={(event) => void submit(event)} noValidate>
      {failed && (
        <div role="alert" className="notice notice--error">
          <p>{t('pay.card.stripeFailed')}</p>
        </div>
      )}
      {!ready && !failed && <p role="status">{t('pay.card.stripeLoading')}</p>}
      <div ref={mount} aria-describedby={shown ? 'stripe-card-error' : undefined} />
      {shown && (
        <p id="stripe-card-error" className="field__error" role="alert">
          {shown}
        </p>
      )}
      <SubmitButton busy={busy || !ready} label={submitLabel ?? t('pay.card.save')} busyLabel={t('pay.card.saving')} />
    </form>
  );
}
