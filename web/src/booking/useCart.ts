import { useCallback, useEffect, useState } from 'react';

const storageKey = 'clinic.cart';

function readCart(): string[] {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(storageKey) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** The services a patient picked on /book, kept for this browser tab (the flow's first step). */
export function useCart() {
  const [serviceIds, setServiceIds] = useState<string[]>(readCart);

  useEffect(() => {
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(serviceIds));
    } catch {
      // Not persisted; the selection still works for this page view.
    }
  }, [serviceIds]);

  const add = useCallback((id: string) => setServiceIds((ids) => (ids.includes(id) ? ids : [...ids, id])), []);
  const remove = useCallback((id: string) => setServiceIds((ids) => ids.filter((other) => other !== id)), []);

  const clear = useCallback(() => setServiceIds([]), []);

  return { serviceIds, add, remove, clear };
}
