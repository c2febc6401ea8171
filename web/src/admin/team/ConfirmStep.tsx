import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  heading: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  cancelLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A second, explicit step before something that cannot be undone; it takes focus so keyboard and screen reader users land on it. */
export function ConfirmStep({ heading, children, confirmLabel, busyLabel, cancelLabel, busy, onConfirm, onCancel }: Props) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="team-confirm" role="group" aria-labelledby={headingId}>
      <h4 id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </h4>
      {children}
      <div className="button-row">
        <button type="button" className="button button--danger" disabled={busy} aria-busy={busy} onClick={onConfirm}>
          {busy ? busyLabel : confirmLabel}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
