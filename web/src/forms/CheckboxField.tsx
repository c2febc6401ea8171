import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

interface Props {
  label: string;
  registration: UseFormRegisterReturn;
  /** What ticking it does, read out with it. */
  hint?: string;
  /** Already translated; shown under the box and announced with it. */
  error?: string;
  /** For a box that must be ticked to go on (the browser announces it as required). */
  required?: boolean;
}

/** A checkbox with its label. */
export function CheckboxField({ label, registration, hint, error, required }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <div className="field field--checkbox">
        <input id={id} type="checkbox" required={required} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...registration} />
        <label htmlFor={id}>{label}</label>
        {hint && (
          <p id={hintId} className="field__hint field__hint--checkbox">
            {hint}
          </p>
        )}
      </div>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </>
  );
}
