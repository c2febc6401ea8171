import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

export function CheckboxField({ label, registration }: { label: string; registration: UseFormRegisterReturn }) {
  const id = useId();
  return (
    <div className="field field--checkbox">
      <input id={id} type="checkbox" {...registration} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
