import { useId, type TextareaHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/** A switch-like checkbox whose description (what it does for patients) is read with it. */
export function DescribedCheckbox({ label, description, registration }: { label: string; description: string; registration: UseFormRegisterReturn }) {
  const id = useId();
  return (
    <div className="field field--checkbox">
      <input id={id} type="checkbox" aria-describedby={`${id}-hint`} {...registration} />
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field__hint settings-form__checkbox-hint">
        {description}
      </p>
    </div>
  );
}

interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  registration: UseFormRegisterReturn;
  error?: string;
  hint?: string;
}

/** TextField's multi-line sibling: label, hint and error wired the same way. */
export function TextAreaField({ label, registration, error, hint, ...textarea }: TextAreaProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <textarea id={id} rows={4} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...textarea} {...registration} />
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

/** Save, and while there are edits, say so and offer to throw them away. */
export function SaveActions({ busy, dirty, onDiscard }: { busy: boolean; dirty: boolean; onDiscard: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="settings-form__actions">
      <button type="submit" className="button" disabled={busy} aria-busy={busy}>
        {busy ? t('adminSettings.saving') : t('adminSettings.save')}
      </button>
      {dirty && (
        <>
          <button type="button" className="button button--secondary" onClick={onDiscard} disabled={busy}>
            {t('adminSettings.discard')}
          </button>
          <p className="settings-form__unsaved">{t('adminSettings.unsaved')}</p>
        </>
      )}
    </div>
  );
}

/** A whole number within bounds, typed into a text box (empty or "2.5" is an error, not NaN or 2). */
export const isWholeNumberBetween = (value: string, min: number, max: number) => /^\d+$/.test(value.trim()) && Number(value) >= min && Number(value) <= max;
