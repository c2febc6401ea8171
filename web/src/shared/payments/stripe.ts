import type { Stripe } from '@stripe/stripe-js';

// Stripe.js comes from Stripe's servers and only when a card form with a publishable key opens: the "pure" entry
// does not add its script tag on import, and this module is reached only through import() from those forms.
const loaded = new Map<string, Promise<Stripe | null>>();

export function stripeFor(publishableKey: string): Promise<Stripe | null> {
  let stripe = loaded.get(publishableKey);
  if (!stripe) {
    stripe = import('@stripe/stripe-js/pure').then(({ loadStripe }) => loadStripe(publishableKey));
    // A failed download (offline) may be tried again by the next form.
    stripe.catch(() => loaded.delete(publishableKey));
    loaded.set(publishableKey, stripe);
  }
  return stripe;
}

/** The bank's own challenge (3-D Secure) for a payment the server says needs the patient; null when it passed. */
export async function handleBankAction(publishableKey: string, clientSecret: string): Promise<string | null> {
  const stripe = await stripeFor(publishableKey);
  if (!stripe) return 'processing_error';
  const { error } = await stripe.handleNextAction({ clientSecret });
  return error ? (error.decline_code ?? error.code ?? 'authentication_failed') : null;
}
