import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  heading: string;
  onClose: () => void;
  /** Label of a close button beside the heading; without one the content offers its own way out. */
  closeLabel?: string;
  /** Added to the dialog's own class. */
  className?: string;
  /** The heading's id, for content that moves focus back to it after an action. */
  headingId?: string;
  /** Selector of the element to focus on opening; by default the browser focuses the first focusable one. */
  initialFocus?: string;
  children: ReactNode;
}

/**
 * A native modal <dialog>: the browser keeps keyboard focus inside and the page behind inert, the heading
 * names it for screen readers, and Escape closes it (also where modal dialogs are not native, e.g. jsdom).
 */
export function ModalDialog({ heading, onClose, closeLabel, className, headingId, initialFocus, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const ownId = useId();
  const id = headingId ?? ownId;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
    if (initialFocus) element.querySelector<HTMLElement>(initialFocus)?.focus();
    return () => {
      if (typeof element.close === 'function') element.close();
    };
  }, [initialFocus]);

  const title = (
    <h2 id={id} tabIndex={-1}>
      {heading}
    </h2>
  );
  return (
    <dialog
      ref={dialog}
      className={['appointment-dialog', className].filter(Boolean).join(' ')}
      aria-labelledby={id}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      {closeLabel ? (
        <div className="appointment-dialog__bar">
          {title}
          <button type="button" className="button button--secondary" onClick={onClose}>
            {closeLabel}
          </button>
        </div>
      ) : (
        title
      )}
      {children}
    </dialog>
  );
}
