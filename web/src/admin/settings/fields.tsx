import { useTranslation } from '../../i18n';

/** Save, and while there are edits, say so and offer to throw them away. */
export function SaveActions({ busy, dirty, onDiscard }: { busy: boolean; dirty: boolean; onDiscard: () => void }) {
  const { t } = useTranslation('staff');
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
