import { lazy, type ComponentType } from 'react';

// React's own lazy() accepts any component type.
type AnyComponent = ComponentType<any>;

/**
 * A component whose code is downloaded only when it is first needed, with a way to start that download early.
 * This is how heavy or later pieces stay out of the first download: a form's schema library, a later booking
 * step, a payment widget. Call `preload()` on intent (the step before, a click that will open it), so the code
 * has usually arrived when the piece renders; render it inside <Suspense>. Code that must never load before its
 * moment (Stripe before the card step) is reached only through such an import(), never a static one.
 */
export function lazyWithPreload<Component extends AnyComponent>(load: () => Promise<{ default: Component }>) {
  let loading: Promise<{ default: Component }> | undefined;
  const preload = () => {
    loading ??= load().catch((error: unknown) => {
      // A failed download (offline, a deploy replaced the chunk) is tried again by the next render.
      loading = undefined;
      throw error;
    });
    return loading;
  };
  return Object.assign(lazy(preload), { preload });
}
