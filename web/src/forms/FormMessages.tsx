import type { ReactNode } from 'react';

/** A problem with the whole form (not one field), announced at once. */
export function FormAlert({ children }: { children?: ReactNode }) {
  if (!children) return null;
  return (
    <div role="alert" className="notice notice--error">
      {children}
    </div>
  );
}

/** Confirms that something worked; polite, so it does not interrupt. */
export function FormSuccess({ children }: { children?: ReactNode }) {
  if (!children) return null;
  return (
    <div role="status" className="notice notice--success">
      {children}
    </div>
  );
}

export function SubmitButton({ busy, label, busyLabel }: { busy: boolean; label: string; busyLabel: string }) {
  return (
    <button type="submit" className="button" disabled={busy} aria-busy={busy}>
      {busy ? busyLabel : label}
    </button>
  );
}
