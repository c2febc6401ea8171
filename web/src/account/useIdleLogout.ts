import { useEffect, useRef } from 'react';

const activity = ['pointerdown', 'keydown', 'scroll', 'touchstart'] as const;

/** Calls onIdle after `minutes` without a click, key, scroll or touch; the server ends the session too. */
export function useIdleLogout(enabled: boolean, minutes: number, onIdle: () => void) {
  const callback = useRef(onIdle);
  callback.current = onIdle;

  useEffect(() => {
    if (!enabled || minutes <= 0) return;
    const delay = minutes * 60_000;
    let timer = window.setTimeout(() => callback.current(), delay);
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => callback.current(), delay);
    };
    activity.forEach((event) => window.addEventListener(event, restart, { passive: true }));
    return () => {
      window.clearTimeout(timer);
      activity.forEach((event) => window.removeEventListener(event, restart));
    };
  }, [enabled, minutes]);
}
