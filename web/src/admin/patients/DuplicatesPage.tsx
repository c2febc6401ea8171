import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { PatientRecord, PossibleDuplicateResponse } from '../../api';
import { problemOf } from '../../api/problems';
import { useTranslation } from '../../i18n';
import { PageTitle } from '../../layout/PageTitle';
import { formatMoment } from '../../lib/format';
import type { RecordArrival } from './PatientRecordPage';
import { fullName } from './patientState';
import { PatientSummary } from './PatientSummary';
import { useDismissDuplicate, useMergePatients, usePatientPermissions, usePossibleDuplicates } from './queries';

interface Choice {
  pairId: string;
  kept: PatientRecord;
  merged: PatientRecord;
}

const keepButtonId = (pairId: string, patientId: string) => `keep-${pairId}-${patientId}`;

/** Flagged pairs side by side: merge into the profile to keep (after a confirm step), or mark them as different people. */
export default function DuplicatesPage() {
  const { t, i18n } = useTranslation('staff');
  const navigate = useNavigate();
  const { canManage } = usePatientPermissions();
  const duplicates = usePossibleDuplicates();
  const merge = useMergePatients();
  const dismiss = useDismissDuplicate();
  const [choice, setChoice] = useState<Choice | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (choice) confirmHeading.current?.focus();
  }, [choice]);

  function cancel() {
    const back = choice && keepButtonId(choice.pairId, choice.kept.profile.id);
    setChoice(null);
    if (back) requestAnimationFrame(() => document.getElementById(back)?.focus());
  }

  function failed(error: unknown) {
    const status = problemOf(error).status;
    if (status === 404 || status === 409) {
      setFailure(t('patients.duplicates.conflict'));
      void duplicates.refetch();
    } else {
      setFailure(t('errors.unexpected'));
    }
  }

  async function confirmMerge() {
    if (!choice) return;
    setFailure(null);
    try {
      const surviving = await merge.mutateAsync({ survivingPatientId: choice.kept.profile.id, mergedPatientId: choice.merged.profile.id });
      const arrival: RecordArrival = { mergedFrom: fullName(choice.merged) };
      navigate(`/admin/patients/${surviving.profile.id}`, { state: arrival });
    } catch (error) {
      setChoice(null);
      failed(error);
    }
  }

  async function notTheSame(pair: PossibleDuplicateResponse) {
    setFailure(null);
    setAnnouncement('');
    setChoice(null);
    try {
      await dismiss.mutateAsync(pair.id);
      setAnnouncement(t('patients.duplicates.dismissed', { a: fullName(pair.patient), b: fullName(pair.duplicateOf) }));
    } catch (error) {
      failed(error);
    }
  }

  const pairs = duplicates.data ?? [];

  return (
    <>
      <PageTitle title={t('patients.duplicates.heading')} />
      <h1>{t('patients.duplicates.heading')}</h1>
      <p>{t('patients.duplicates.intro')}</p>
      {!canManage && <p className="notice">{t('patients.duplicates.readOnly')}</p>}

      <div role="status" className={announcement ? 'notice notice--success' : undefined}>
        {announcement}
      </div>
      {failure && (
        <p role="alert" className="notice notice--error">
          {failure}
        </p>
      )}
      <div role="status">
        {duplicates.isPending && t('patients.duplicates.loading')}
        {duplicates.isSuccess && pairs.length === 0 && t('patients.duplicates.empty')}
        {duplicates.isSuccess && pairs.length > 0 && t('patients.duplicates.count', { count: pairs.length })}
      </div>
      {duplicates.isError && (
        <div className="notice notice--error" role="alert">
          <p>{t('patients.duplicates.error')}</p>
          <button type="button" className="button button--secondary" onClick={() => void duplicates.refetch()}>
            {t('patients.retry')}
          </button>
        </div>
      )}

      <ul className="duplicate-list">
        {pairs.map((pair) => {
          const headingId = `pair-${pair.id}`;
          const sides = [
            { record: pair.patient, label: t('patients.duplicates.newer'), other: pair.duplicateOf },
            { record: pair.duplicateOf, label: t('patients.duplicates.older'), other: pair.patient },
          ];
          const confirming = choice?.pairId === pair.id ? choice : null;
          return (
            <li key={pair.id}>
              <article className="duplicate-pair" aria-labelledby={headingId}>
                <h2 id={headingId}>{t('patients.duplicates.pair', { a: fullName(pair.patient), b: fullName(pair.duplicateOf) })}</h2>
                <p>
                  <strong>{t('patients.duplicates.reasonLabel', { reason: t(`patients.duplicates.reason.${pair.reason}`) })}</strong>
                  <span className="muted"> · {t('patients.duplicates.detected', { when: formatMoment(pair.detectedAt, i18n.language) })}</span>
                </p>
                <div className="duplicate-pair__sides">
                  {sides.map(({ record, label, other }) => (
                    <section key={record.profile.id} className="patient-card" aria-label={`${label}: ${fullName(record)}`}>
                      <p className="muted">{label}</p>
                      <PatientSummary record={record} headingLevel={3} link />
                      {canManage && (
                        <button
                          id={keepButtonId(pair.id, record.profile.id)}
                          type="button"
                          className="button"
                          aria-label={t('patients.duplicates.keepLabel', { name: fullName(record) })}
                          disabled={merge.isPending || dismiss.isPending}
                          onClick={() => {
                            setFailure(null);
                            setAnnouncement('');
                            setChoice({ pairId: pair.id, kept: record, merged: other });
                          }}
                        >
                          {t('patients.duplicates.keep')}
                        </button>
                      )}
                    </section>
                  ))}
                </div>

                {confirming && (
                  <div className="duplicate-confirm" role="group" aria-labelledby={`${headingId}-confirm`}>
                    <h3 id={`${headingId}-confirm`} ref={confirmHeading} tabIndex={-1}>
                      {t('patients.duplicates.confirmHeading', { name: fullName(confirming.kept) })}
                    </h3>
                    <p>
                      {t('patients.duplicates.confirmIntro', {
                        kept: fullName(confirming.kept),
                        keptContact: contact(confirming.kept, t('patients.noEmail')),
                        merged: fullName(confirming.merged),
                        mergedContact: contact(confirming.merged, t('patients.noEmail')),
                      })}
                    </p>
                    <ul>
                      <li>{t('patients.duplicates.effects.fill')}</li>
                      <li>{t('patients.duplicates.effects.consent')}</li>
                      <li>{t('patients.duplicates.effects.pointer')}</li>
                      <li>{t('patients.duplicates.effects.messages')}</li>
                      <li>{t('patients.duplicates.effects.account')}</li>
                    </ul>
                    <p>
                      <strong>{t('patients.duplicates.effects.final')}</strong>
                    </p>
                    <div className="button-row">
                      <button type="button" className="button button--danger" disabled={merge.isPending} aria-busy={merge.isPending} onClick={() => void confirmMerge()}>
                        {merge.isPending ? t('patients.duplicates.merging') : t('patients.duplicates.confirm')}
                      </button>
                      <button type="button" className="button button--secondary" disabled={merge.isPending} onClick={cancel}>
                        {t('patients.duplicates.cancel')}
                      </button>
                    </div>
                  </div>
                )}

                {canManage && (
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={merge.isPending || dismiss.isPending}
                    aria-describedby={headingId}
                    onClick={() => void notTheSame(pair)}
                  >
                    {t('patients.duplicates.notSame')}
                  </button>
                )}
              </article>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function contact(record: PatientRecord, noEmail: string): string {
  return [record.profile.email ?? noEmail, record.profile.phone].filter(Boolean).join(', ');
}
