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
}

/** The card form of whichever processor is configured: Stripe's Payment Element, or the offline test-card form. */
export function CardForm({ publishableKey, ...props }: Props) {
  return publishableKey ? <StripeCardForm publishableKey={publishableKey} {...props} /> : <DevelopmentCardForm {...props} />;
}
