import { loadStrings } from '../i18n';
import { lazyWithPreload } from '../lib/lazy';

// /book's first download holds the page and its first step (choosing services). The later steps, and what
// only they need (the details form's schema library, the calendar), arrive on intent: preloadLaterSteps runs
// as soon as a service is in the cart, so they are usually there before the patient presses Continue.

export const ProviderStep = lazyWithPreload(() => import('./ProviderStep').then((module) => ({ default: module.ProviderStep })));
export const TimeStep = lazyWithPreload(() => import('./TimeStep').then((module) => ({ default: module.TimeStep })));
export const DetailsStep = lazyWithPreload(() => import('./DetailsStep').then((module) => ({ default: module.DetailsStep })));
export const ReviewStep = lazyWithPreload(() => import('./ReviewStep').then((module) => ({ default: module.ReviewStep })));
// The card step brings its own strings (and, with a publishable key, reaches Stripe.js only when it renders).
export const CardStep = lazyWithPreload(() => Promise.all([import('./CardStep'), loadStrings('payment')]).then(([module]) => module));
export const ConfirmationView = lazyWithPreload(() =>
  Promise.all([import('./ConfirmationView'), loadStrings('payment')]).then(([module]) => ({ default: module.ConfirmationView })),
);

export function preloadLaterSteps() {
  for (const step of [ProviderStep, TimeStep, DetailsStep, ReviewStep, CardStep, ConfirmationView]) {
    // A failed download is retried when the step renders; nothing to report here.
    step.preload().catch(() => undefined);
  }
}
