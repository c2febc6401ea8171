import { lazyWithPreload } from '../lib/lazy';

// /book's first download holds the page and its first step (choosing services). The later steps, and what
// only they need (the details form's schema library, the calendar), arrive on intent: preloadLaterSteps runs
// as soon as a service is in the cart, so they are usually there before the patient presses Continue.

export const ProviderStep = lazyWithPreload(() => import('./ProviderStep').then((module) => ({ default: module.ProviderStep })));
export const TimeStep = lazyWithPreload(() => import('./TimeStep').then((module) => ({ default: module.TimeStep })));
export const DetailsStep = lazyWithPreload(() => import('./DetailsStep').then((module) => ({ default: module.DetailsStep })));
export const ReviewStep = lazyWithPreload(() => import('./ReviewStep').then((module) => ({ default: module.ReviewStep })));
export const ConfirmationView = lazyWithPreload(() => import('./ConfirmationView').then((module) => ({ default: module.ConfirmationView })));

export function preloadLaterSteps() {
  for (const step of [ProviderStep, TimeStep, DetailsStep, ReviewStep, ConfirmationView]) {
    // A failed download is retried when the step renders; nothing to report here.
    step.preload().catch(() => undefined);
  }
}
