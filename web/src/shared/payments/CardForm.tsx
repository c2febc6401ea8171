import { DevelopmentCardForm } from './DevelopmentCardForm';
import { StripeCardForm } from './StripeCardForm';

interface Props {
  /** Stripe's publishable key; null with the development gateway. */
  publishableKey: string | null;
  setupId: string;
  clientSecret: string;
  onConfirmed: () => void | Promise<void>;
  refusal?: string | null;
  submitLabel?: string;
  /** A pay link's payment to confirm (the card pays now) instead of a setup. */
  paymentId?: string;
}

/** The card form of whichever processor is configured: Stripe's Payment Element, or the offline test-card form. */
export function CardForm({ publishableKey, paymentId, ...props }: Props) {
  return publishableKey ? (
    <StripeCardForm publishableKey={publishableKey} payNow={paymentId !== undefined} {...props} />
  ) : (
    <DevelopmentCardForm paymentId={paymentId} {...props} />
  );
}
