import { useTranslation } from '../i18n';

interface Props {
  busy: boolean;
  dirty: boolean;
  onDiscard: () => void;
  /** What the save button says when "Guardar" alone is not clear enough ("Guardar horario"). */
  saveLabel?: string;
}

/** A form that edits saved values: Save, and while there are edits, say so and offer to throw them away. */
export function SaveActions({ busy, dirty, onDiscard, saveLabel }: Props) {
  const { t } = useTranslation();
  return (
    <div className="settings-form__actions">
      <button type="submit" className="button" disabled={busy} aria-busy={busy}>
        {busy ? t('forms.saving') : (saveLabel ?? t('forms.save'))}
      </button>
      {dirty && (
        <>
          <button type="button" className="button button--secondary" onClick={onDiscard} disabled={busy}>
            {t('forms.discard')}
          </button>
          <p className="settings-form__unsaved">{t('forms.unsaved')}</p>
        </>
      )}
    </div>
  );
}
