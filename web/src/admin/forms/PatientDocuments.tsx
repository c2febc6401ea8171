import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../i18n';
import { Link } from 'react-router';
import { formsClient, type AuditLogEntry, type FormRequestSummary, type MedicalHistoryData, type SignedConsentVerification } from '../../api';
import { problemOf } from '../../api/problems';
import { useCurrentUser } from '../../account/session';
import { textIn } from '../../shared/clinicalForms/answers';
import { AnswersView } from '../../shared/clinicalForms/AnswersView';
import { useFormLanguage } from '../../shared/clinicalForms/language';
import { MedicalHistoryChanges } from '../../shared/clinicalForms/MedicalHistoryChanges';
import { MedicalHistoryForm } from '../../shared/clinicalForms/MedicalHistoryForm';
import { formatInstant, formatMoment } from '../../lib/format';
import '../../shared/clinicalForms/clinicalForms.css';
import { formsKeys, usePatientDocuments } from './queries';

/**
 * The patient record's Documents (PP13): every visit's forms with their status; for Providers and Admins the
 * answers, signed consents (PDF, integrity check) and the medical history with its changes; for Admins the access log.
 */
export function PatientDocuments({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation('staff');
  const language = useFormLanguage();
  const documents = usePatientDocuments(patientId);
  const me = useCurrentUser().data;
  const isAdmin = !!me?.roles.includes('Admin');
  const [open, setOpen] = useState<string | null>(null);

  return (
    <>
      <section aria-labelledby="patient-documents-heading">
        <h2 id="patient-documents-heading">{t('clinicalForms.documents.heading')}</h2>
        {documents.isPending && <p role="status">{t('clinicalForms.documents.loading')}</p>}
        {documents.isError && <p role="alert">{t('clinicalForms.documents.loadError')}</p>}
        {documents.data && (
          <>
            {!documents.data.canReadClinicalContent && <p className="notice">{t('clinicalForms.documents.statusOnly')}</p>}
            {documents.data.visits.length === 0 && <p className="muted">{t('clinicalForms.documents.empty')}</p>}
            {documents.data.visits.map((visit) => (
              <article key={visit.visit.appointmentId} className="forms-visit" data-appointment-id={visit.visit.appointmentId}>
                <h3>{t('clinicalForms.documents.visit', { when: formatInstant(visit.visit.startsAt, visit.visit.timeZone, i18n.language), services: visit.visit.services.join(', ') })}</h3>
                <p>{t('clinicalForms.documents.progress', { done: visit.done, total: visit.total })}</p>
                <ul>
                  {visit.requests.map((request) => (
                    <RequestLine
                      key={request.id}
                      request={request}
                      title={textIn(request.title, language)}
                      clinical={documents.data.canReadClinicalContent}
                      expanded={open === request.submissionId}
                      onToggle={() => setOpen(open === request.submissionId ? null : request.submissionId ?? null)}
                      patientId={patientId}
                    />
                  ))}
                </ul>
              </article>
            ))}
          </>
        )}
      </section>
      {documents.data?.canReadClinicalContent && <MedicalHistoryPanel patientId={patientId} />}
      {isAdmin && <AuditLog patientId={patientId} />}
    </>
  );

  function RequestLine({ request, title, clinical, expanded, onToggle, patientId: id }: {
    request: FormRequestSummary; title: string; clinical: boolean; expanded: boolean; onToggle: () => void; patientId: string;
  }) {
    const notes = [request.completedWithStaff ? t('clinicalForms.documents.staffAssisted') : null, request.reusedEarlierAnswers ? t('clinicalForms.documents.reused') : null].filter(Boolean);
    return (
      <li style={{ display: 'block' }}>
        <div className="form-editor__tools" style={{ justifyContent: 'space-between', alignItems: 'center' }}>
          <span>
            <span className="muted">{t(`clinicalForms.kinds.${request.kind}`)}:</span> {title}{' '}
            <span className={`forms-status forms-status--${request.status}`}>{t(`clinicalForms.statuses.${request.status}`)}</span>
            {request.completedAt && <span className="muted"> · {formatMoment(request.completedAt, i18n.language)}</span>}
            {notes.length > 0 && <span className="muted"> · {notes.join(', ')}</span>}
          </span>
          <span className="form-editor__tools">
            {clinical && request.submissionId && (request.kind === 'Questionnaire' || request.kind === 'Consent') && (
              <button type="button" className="button button--secondary" aria-expanded={expanded} onClick={onToggle} aria-label={`${t('clinicalForms.documents.open')}: ${title}`}>
                {t('clinicalForms.documents.open')}
              </button>
            )}
            {request.status === 'Pending' && (request.kind === 'Questionnaire' || request.kind === 'Consent') && (
              <Link className="button button--secondary" to={`/admin/forms/requests/${request.id}`} state={{ patientId: id }}>
                {t('clinicalForms.documents.fillWithPatient')}
              </Link>
            )}
          </span>
        </div>
        {expanded && request.submissionId && <SubmissionPanel patientId={id} submissionId={request.submissionId} />}
      </li>
    );
  }
}

function SubmissionPanel({ patientId, submissionId }: { patientId: string; submissionId: string }) {
  const { t, i18n } = useTranslation('staff');
  const submission = useQuery({ queryKey: formsKeys.submission(patientId, submissionId), queryFn: ({ signal }) => formsClient.getPatientSubmission(patientId, submissionId, signal) });
  const [verification, setVerification] = useState<SignedConsentVerification | null>(null);
  if (submission.isPending) return <p role="status">{t('clinicalForms.documents.loading')}</p>;
  if (submission.isError) return <p role="alert">{t('clinicalForms.documents.loadError')}</p>;
  const s = submission.data;
  const language = s.language === 'en' ? 'en' : 'es';
  const base = `/api/admin/patients/${patientId}/documents/submissions/${s.id}`;
  return (
    <div className="forms-visit" data-testid="submission-panel">
      <h4>{t('clinicalForms.documents.submission.heading', { title: textIn(s.version.content.title, language), version: s.version.number })}</h4>
      <p className="muted">{t('clinicalForms.documents.submission.submitted', { when: formatMoment(s.submittedAt, i18n.language), who: s.submittedBy })}</p>
      {s.supersededById && <p className="notice">{t('clinicalForms.documents.submission.superseded')}</p>}
      <AnswersView content={s.version.content} answers={s.answers} language={language} />
      {s.consent && (
        <section>
          <h5>{t('clinicalForms.documents.submission.evidence')}</h5>
          {s.consent.signatureImage && <img src={s.consent.signatureImage} alt={`${t('clinicalForms.signature.heading')}: ${s.consent.signerName}`} style={{ maxWidth: '16rem', border: '1px solid #ccc' }} />}
          <dl className="clinical-answers">
            <dt>{t('clinicalForms.documents.submission.signer')}</dt>
            <dd>{s.consent.signerName}</dd>
            <dt>{t('clinicalForms.documents.submission.method')}</dt>
            <dd>{t(`clinicalForms.documents.submission.methods.${s.consent.method}`)}</dd>
            <dt>{t('clinicalForms.documents.submission.textHash')}</dt>
            <dd className="hash">{s.consent.textSha256}</dd>
            <dt>{t('clinicalForms.documents.submission.pdfHash')}</dt>
            <dd className="hash">{s.consent.pdfSha256}</dd>
            <dt>{t('clinicalForms.documents.submission.ip')}</dt>
            <dd>{s.consent.ipAddress}</dd>
            <dt>{t('clinicalForms.documents.submission.userAgent')}</dt>
            <dd>{s.consent.userAgent}</dd>
          </dl>
          <div className="form-editor__tools">
            <a className="button" href={`${base}/pdf`} download>
              {t('clinicalForms.documents.pdf')}
            </a>
            <button type="button" className="button button--secondary" onClick={() => void formsClient.verifyPatientSignedConsent(patientId, s.id).then(setVerification)}>
              {t('clinicalForms.documents.verify')}
            </button>
          </div>
          <p role="status" className={verification ? (verification.intact ? 'notice notice--success' : 'notice notice--error') : undefined}>
            {verification && (verification.intact ? t('clinicalForms.documents.verified') : t('clinicalForms.documents.tampered'))}
          </p>
        </section>
      )}
      <p>
        <a href={`${base}/fhir`}>{t('clinicalForms.documents.submission.fhir')}</a>
      </p>
    </div>
  );
}

function MedicalHistoryPanel({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation('staff');
  const queryClient = useQueryClient();
  const history = useQuery({ queryKey: formsKeys.history(patientId), queryFn: ({ signal }) => formsClient.getPatientMedicalHistory(patientId, signal) });
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  async function save(data: MedicalHistoryData) {
    setBusy(true);
    try {
      const saved = await formsClient.updatePatientMedicalHistory(patientId, { data, basedOnRecordId: history.data?.recordId ?? null });
      queryClient.setQueryData(formsKeys.history(patientId), saved);
      setEditing(false);
      setStatus(t('clinicalForms.medicalHistory.saved'));
    } catch (failure) {
      setStatus(problemOf(failure).status === 409 ? t('clinicalForms.medicalHistory.stale') : problemOf(failure).status === 403 ? t('clinicalForms.documents.statusOnly') : t('errors.unexpected'));
      void history.refetch();
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="patient-history-heading">
      <h2 id="patient-history-heading">{t('clinicalForms.medicalHistory.staffHeading')}</h2>
      <p role="status">{status}</p>
      {history.isPending && <p role="status">{t('clinicalForms.documents.loading')}</p>}
      {history.data && (
        <>
          {history.data.recordedAt ? (
            <p className="muted">{t('clinicalForms.medicalHistory.lastUpdated', { when: formatMoment(history.data.recordedAt, i18n.language), who: history.data.recordedBy ?? '' })}</p>
          ) : (
            <p className="muted">{t('clinicalForms.medicalHistory.empty')}</p>
          )}
          {editing ? (
            <MedicalHistoryForm data={history.data.data} busy={busy} onSave={(data) => void save(data)} onCancel={() => setEditing(false)} />
          ) : (
            <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
              {t('clinicalForms.medicalHistory.edit')}
            </button>
          )}
          <MedicalHistoryChanges view={history.data} />
        </>
      )}
    </section>
  );
}

function AuditLog({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation('staff');
  const [pages, setPages] = useState<{ entries: AuditLogEntry[]; hasMore: boolean } | null>(null);
  const first = useQuery({ queryKey: ['admin', 'forms', 'audit', patientId], queryFn: ({ signal }) => formsClient.getPatientAuditLog(patientId, undefined, 50, signal) });
  const entries = pages?.entries ?? first.data?.entries ?? [];
  const hasMore = pages?.hasMore ?? first.data?.hasMore ?? false;

  async function more() {
    const last = entries[entries.length - 1];
    const next = await formsClient.getPatientAuditLog(patientId, last.at, 50);
    setPages({ entries: [...entries, ...next.entries], hasMore: next.hasMore });
  }

  return (
    <section aria-labelledby="patient-audit-heading">
      <h2 id="patient-audit-heading">{t('clinicalForms.documents.audit.heading')}</h2>
      <p>{t('clinicalForms.documents.audit.intro')}</p>
      {first.isPending && <p role="status">{t('clinicalForms.documents.loading')}</p>}
      {first.data && entries.length === 0 && <p className="muted">{t('clinicalForms.documents.audit.empty')}</p>}
      {entries.length > 0 && (
        <ol className="audit-log">
          {entries.map((entry) => (
            <li key={entry.id}>
              <p>
                <strong>{t(`clinicalForms.documents.audit.actions.${entry.action}`)}</strong> · {t(`clinicalForms.documents.audit.records.${entry.recordType}`)} ·{' '}
                <time dateTime={new Date(entry.at).toISOString()}>{formatMoment(entry.at, i18n.language)}</time>
              </p>
              <p>
                {entry.actorName} <span className="muted">({t(`clinicalForms.documents.audit.actors.${entry.actorKind}`)}{entry.actorRoles ? ` · ${entry.actorRoles}` : ''})</span>
              </p>
              {entry.detail && <p className="muted">{entry.detail}</p>}
              {(entry.ipAddress || entry.userAgent) && (
                <p className="muted">
                  {t('clinicalForms.documents.audit.columns.from')}: {entry.ipAddress} {entry.userAgent}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {hasMore && (
        <button type="button" className="button button--secondary" onClick={() => void more()}>
          {t('clinicalForms.documents.audit.more')}
        </button>
      )}
    </section>
  );
}
