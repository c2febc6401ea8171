import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

/** A checkbox with its label; a hint (what ticking it does) is read out with it. */
export function CheckboxField({ label, registration, hint }: { label: string; registration: UseFormRegisterReturn; hint?: string }) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field field--checkbox">
      <input id={id} type="checkbox" aria-describedby={hint ? hintId : undefined} {...registration} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field__hint field__hint--checkbox">
          {hint}
        </p>
      )}
    </div>
  );
}
