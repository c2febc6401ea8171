import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { problemOf } from '../../api/problems';
import { useTranslation } from '../../i18n';
import { PageTitle } from '../../layout/PageTitle';
import { formatDate, formatMoment } from '../../lib/format';
import { fullName } from './patientState';
import { PatientDocuments } from '../forms/PatientDocuments';
import { portalText } from './PatientSummary';
import { usePatientRecord, usePossibleDuplicates } from './queries';
import { PatientWalletSection } from '../wallet/PatientWalletSection';

/** What the page that sent staff here wants them to hear on arrival. */
export type RecordArrival = { created: string } | { mergedFrom: string };

/** One patient: profile, portal account, source, and where a merged profile now lives. */
export default function PatientRecordPage() {
  const { t, i18n } = useTranslation('staff');
  const { patientId = '' } = useParams();
  const arrival = useLocation().state as RecordArrival | null;
  const record = usePatientRecord(patientId);
  const duplicates = usePossibleDuplicates();
  const heading = useRef<HTMLHeadingElement>(null);
  const navigate = useNavigate();
  // Tied to the record it is about, so it does not linger when staff follow a link to another one.
  const [announced, setAnnounced] = useState<{ patientId: string; text: string } | null>(null);
  const announcement = announced?.patientId === patientId ? announced.text : '';
  const loaded = record.isSuccess;

  useEffect(() => {
    if (!loaded || !arrival) return;
    // Set once the (empty) live region is on the page, so screen readers hear it: a live region only speaks about changes.
    const text = 'created' in arrival ? t('patients.record.created', { name: arrival.created }) : t('patients.record.merged', { name: arrival.mergedFrom });
    setAnnounced({ patientId, text });
    heading.current?.focus();
    // A reload must not announce it again.
    void navigate('.', { replace: true, state: null });
  }, [arrival, loaded, patientId, navigate, t]);

  const status = (
    <div role="status" className={announcement ? 'notice notice--success' : undefined}>
      {announcement}
    </div>
  );

  if (record.isPending) return <p role="status">{t('patients.record.loading')}</p>;
  if (record.isError) {
    const missing = problemOf(record.error).status === 404;
    return (
      <>
        <p>
          <Link to="/admin/patients">{t('patients.record.back')}</Link>
        </p>
        <div className="notice notice--error" role="alert">
          <p>{missing ? t('patients.record.notFound') : t('patients.record.error')}</p>
          {!missing && (
            <button type="button" className="button button--secondary" onClick={() => void record.refetch()}>
              {t('patients.retry')}
            </button>
          )}
        </div>
      </>
    );
  }

  const patient = record.data;
  const { profile } = patient;
  const name = fullName(patient);
  const flagged = (duplicates.data ?? []).filter((pair) => pair.patient.profile.id === profile.id || pair.duplicateOf.profile.id === profile.id);
  const notGiven = <span className="muted">{t('patients.notGiven')}</span>;

  return (
    <article className="patient-record">
      <PageTitle title={name} />
      <p>
        <Link to="/admin/patients">{t('patients.record.back')}</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {name}
      </h1>
      {status}

      {patient.mergedIntoId && (
        <div className="notice">
          <p>{t('patients.record.mergedInto')}</p>
          <p>
            <Link to={`/admin/patients/${patient.mergedIntoId}`}>{t('patients.record.mergedIntoLink')}</Link>
          </p>
        </div>
      )}

      {flagged.map((pair) => {
        const other = pair.patient.profile.id === profile.id ? pair.duplicateOf : pair.patient;
        return (
          <div key={pair.id} className="notice">
            <p>{t('patients.record.duplicateFlag', { name: fullName(other), reason: t(`patients.duplicates.reason.${pair.reason}`) })}</p>
            <p>
              <Link to="/admin/patients/duplicates">{t('patients.record.review')}</Link>
            </p>
          </div>
        );
      })}

      <section aria-labelledby="patient-profile-heading">
        <h2 id="patient-profile-heading">{t('patients.record.profile')}</h2>
        <dl className="patient-record__facts">
          <div>
            <dt>{t('patients.fields.email')}</dt>
            <dd>{profile.email ?? <span className="muted">{t('patients.noEmail')}</span>}</dd>
          </div>
          <div>
            <dt>{t('patients.fields.phone')}</dt>
            <dd>{profile.phone ?? <span className="muted">{t('patients.noPhone')}</span>}</dd>
          </div>
          <div>
            <dt>{t('patients.fields.birthDate')}</dt>
            <dd>{profile.birthDate ? formatDate(profile.birthDate, i18n.language) : notGiven}</dd>
          </div>
          <div>
            <dt>{t('patients.fields.address')}</dt>
            <dd>{profile.address ?? notGiven}</dd>
          </div>
          <div>
            <dt>{t('patients.fields.language')}</dt>
            <dd>{profile.preferredLanguage === 'en' ? t('patients.languages.en') : t('patients.languages.es')}</dd>
          </div>
          <div>
            <dt>{t('patients.fields.marketing')}</dt>
            <dd>{profile.marketingConsent ? t('patients.marketing.yes') : t('patients.marketing.no')}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="patient-account-heading">
        <h2 id="patient-account-heading">{t('patients.record.account')}</h2>
        <dl className="patient-record__facts">
          <div>
            <dt>{t('patients.fields.portal')}</dt>
            <dd>{portalText(patient, t, i18n.language)}</dd>
          </div>
          <div>
            <dt>{t('patients.fields.source')}</dt>
            <dd>{t(`patients.source.${patient.source}`)}</dd>
          </div>
          <div>
            <dt>{t('patients.fields.createdAt')}</dt>
            <dd>{formatMoment(patient.createdAt, i18n.language)}</dd>
          </div>
        </dl>
      </section>

      <PatientWalletSection patientId={profile.id} />
      <PatientDocuments patientId={profile.id} />
    </article>
  );
}
