import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from '../../i18n';
import { Link } from 'react-router';
import { formsClient, type MedicalHistoryData } from '../../api';
import { problemOf } from '../../api/problems';
import { MedicalHistoryChanges } from '../../shared/clinicalForms/MedicalHistoryChanges';
import { MedicalHistoryForm } from '../../shared/clinicalForms/MedicalHistoryForm';
import { PageTitle } from '../../layout/PageTitle';
import '../../shared/clinicalForms/clinicalForms.css';
import { formatMoment } from '../../lib/format';
import { myFormsKeys, useMyMedicalHistory } from './queries';

/** The patient views and edits their own medical history (PP7); every save is a new version. */
export default function MedicalHistoryPage() {
  const { t, i18n } = useTranslation();
  const history = useMyMedicalHistory();
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [formKey, setFormKey] = useState(0);

  async function save(data: MedicalHistoryData) {
    setBusy(true);
    setNotice(null);
    try {
      const saved = await formsClient.updateMyMedicalHistory({ data, basedOnRecordId: history.data?.recordId ?? null });
      queryClient.setQueryData(myFormsKeys.history, saved);
      setNotice({ kind: 'success', text: saved.recordId === history.data?.recordId ? t('clinicalForms.medicalHistory.noChanges') : t('clinicalForms.medicalHistory.saved') });
    } catch (failure) {
      if (problemOf(failure).status === 409) {
        await history.refetch();
        setFormKey((key) => key + 1);
        setNotice({ kind: 'error', text: t('clinicalForms.medicalHistory.stale') });
      } else setNotice({ kind: 'error', text: t('errors.unexpected') });
    } finally {
      setBusy(false);
      heading.current?.focus();
    }
  }

  return (
    <article>
      <PageTitle title={t('clinicalForms.medicalHistory.heading')} />
      <p>
        <Link to="/portal">{t('clinicalForms.portal.back')}</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {t('clinicalForms.medicalHistory.heading')}
      </h1>
      <p>{t('clinicalForms.medicalHistory.intro')}</p>
      <div role="status" className={notice ? `notice notice--${notice.kind}` : undefined}>
        {notice?.text}
      </div>
      {history.isPending && <p role="status">{t('clinicalForms.portal.loading')}</p>}
      {history.isError && <p role="alert">{t('clinicalForms.portal.loadError')}</p>}
      {history.data && (
        <>
          {history.data.recordedAt && (
            <p className="muted">{t('clinicalForms.medicalHistory.lastUpdated', { when: formatMoment(history.data.recordedAt, i18n.language), who: history.data.recordedBy ?? '' })}</p>
          )}
          <MedicalHistoryForm key={`${history.data.recordId ?? 'none'}-${formKey}`} data={history.data.data} busy={busy} onSave={(data) => void save(data)} />
          <MedicalHistoryChanges view={history.data} />
        </>
      )}
    </article>
  );
}
