import { useTranslation } from 'react-i18next';
import type { MedicalHistoryChange, MedicalHistoryView } from '../api';
import { stamp } from '../portal/forms/format';

/** Every version of the history: when, who, and each field's value before and after. */
export function MedicalHistoryChanges({ view }: { view: MedicalHistoryView }) {
  const { t, i18n } = useTranslation();
  // Field names and values come from the API; their labels are looked up by key.
  const tr = (key: string) => t(key as never) as string;
  if (view.history.length === 0) return null;
  return (
    <section aria-labelledby="medical-history-changes">
      <h3 id="medical-history-changes">{t('forms.medicalHistory.history')}</h3>
      <ol className="clinical-answers">
        {view.history.map((version) => (
          <li key={version.recordId}>
            <p>
              <strong>{t('forms.medicalHistory.historyEntry', { when: stamp(version.recordedAt, i18n.language), who: version.recordedBy })}</strong>
            </p>
            {version.changes.length === 0 ? (
              <p className="muted">{t('forms.medicalHistory.noFieldChanges')}</p>
            ) : (
              <ul>
                {version.changes.map((change) => (
                  <li key={change.field}>
                    {tr(`forms.medicalHistory.fields.${change.field}`)}: {display(change, 'before', tr)} → {display(change, 'after', tr)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function display(change: MedicalHistoryChange, side: 'before' | 'after', t: (key: string) => string): string {
  const value = change[side];
  if (value === null || value === undefined) return t('forms.medicalHistory.unanswered');
  if (value === 'yes' || value === 'no') return t(`forms.medicalHistory.values.${value}`);
  if (change.field === 'pregnancy') return t(`forms.medicalHistory.pregnancy.${value}`);
  if (change.field === 'skinType') return t(`forms.medicalHistory.skinTypes.${value}`);
  if (change.field === 'conditions') return value.split(', ').map((c) => t(`forms.medicalHistory.conditions.${c}`)).join(', ');
  return value;
}
