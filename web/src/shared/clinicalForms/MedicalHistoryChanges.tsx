import { useTranslation } from '../../i18n';
import type { MedicalHistoryChange, MedicalHistoryView } from '../../api';
import { formatMoment } from '../../lib/format';

/** Every version of the history: when, who, and each field's value before and after. */
export function MedicalHistoryChanges({ view }: { view: MedicalHistoryView }) {
  const { t, i18n } = useTranslation();
  // Field names and values come from the API; their labels are looked up by key.
  const tr = (key: string) => t(key as never) as string;
  if (view.history.length === 0) return null;
  return (
    <section aria-labelledby="medical-history-changes">
      <h3 id="medical-history-changes">{t('clinicalForms.medicalHistory.history')}</h3>
      <ol className="clinical-answers">
        {view.history.map((version) => (
          <li key={version.recordId}>
            <p>
              <strong>{t('clinicalForms.medicalHistory.historyEntry', { when: formatMoment(version.recordedAt, i18n.language), who: version.recordedBy })}</strong>
            </p>
            {version.changes.length === 0 ? (
              <p className="muted">{t('clinicalForms.medicalHistory.noFieldChanges')}</p>
            ) : (
              <ul>
                {version.changes.map((change) => (
                  <li key={change.field}>
                    {tr(`clinicalForms.medicalHistory.fields.${change.field}`)}: {display(change, 'before', tr)} → {display(change, 'after', tr)}
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
  if (value === null || value === undefined) return t('clinicalForms.medicalHistory.unanswered');
  if (value === 'yes' || value === 'no') return t(`clinicalForms.medicalHistory.values.${value}`);
  if (change.field === 'pregnancy') return t(`clinicalForms.medicalHistory.pregnancy.${value}`);
  if (change.field === 'skinType') return t(`clinicalForms.medicalHistory.skinTypes.${value}`);
  if (change.field === 'conditions') return value.split(', ').map((c) => t(`clinicalForms.medicalHistory.conditions.${c}`)).join(', ');
  return value;
}
