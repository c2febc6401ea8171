import { useEffect, useRef } from 'react';
import type { UNSAFE_createBrowserHistory } from 'react-router';

// The router runs in declarative mode (a fraction of the data router's size, see docs/adr/0013), which has no
// useBlocker. This gives pages the one thing they used it for: asking before leaving with unsaved edits. The
// history every link and navigate() go through is wrapped, so a guard can refuse a move before it happens, and a
// Back/Forward the browser already did is undone before the page below notices.

type History = ReturnType<typeof UNSAFE_createBrowserHistory>;
type To = Parameters<History['push']>[0];

/** Answers whether the move from one path to another may go ahead (it may ask the user). */
type Guard = (fromPathname: string, toPathname: string) => boolean;

const guards = new Set<Guard>();

function mayMove(from: string, to: string): boolean {
  for (const guard of guards) if (!guard(from, to)) return false;
  return true;
}

export function guardHistory(history: History): History {
  const pathOf = (to: To) => history.createURL(to).pathname;
  let shown = history.location.pathname;
  let undoing = false;

  return {
    get action() {
      return history.action;
    },
    get location() {
      return history.location;
    },
    createHref: (to) => history.createHref(to),
    createURL: (to) => history.createURL(to),
    encodeLocation: (to) => history.encodeLocation(to),
    push(to, state) {
      if (mayMove(shown, pathOf(to))) history.push(to, state);
    },
    replace(to, state) {
      if (mayMove(shown, pathOf(to))) history.replace(to, state);
    },
    go: (delta) => history.go(delta),
    listen(listener) {
      return history.listen((update) => {
        if (update.action === 'POP') {
          if (undoing) {
            undoing = false;
            return;
          }
          if (update.delta !== null && !mayMove(shown, update.location.pathname)) {
            undoing = true;
            history.go(-update.delta);
            return;
          }
        }
        shown = update.location.pathname;
        listener(update);
      });
    },
  };
}

/**
 * While `active`, a move to another page first calls `confirmLeave`; false keeps the user here. Moves within
 * the page (only the query changes) always go ahead.
 */
export function useNavigationGuard(active: boolean, confirmLeave: () => boolean) {
  const confirm = useRef(confirmLeave);
  confirm.current = confirmLeave;

  useEffect(() => {
    if (!active) return;
    const guard: Guard = (from, to) => from === to || confirm.current();
    guards.add(guard);
    return () => {
      guards.delete(guard);
    };
  }, [active]);
}
