import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n';
import { Link, useParams } from 'react-router';
import { formsClient, type FormAnswer, type MyFormRequest } from '../../api';
import { problemOf } from '../../api/problems';
import { textIn } from '../../shared/clinicalForms/answers';
import { AnswersView } from '../../shared/clinicalForms/AnswersView';
import { ConsentSignature, type ConsentSignatureHandle } from '../../shared/clinicalForms/ConsentSignature';
import { FormRenderer } from '../../shared/clinicalForms/FormRenderer';
import { answerFieldErrors, conflictMessage } from '../../shared/clinicalForms/serverMessages';
import { useFormLanguage } from '../../shared/clinicalForms/language';
import { PageTitle } from '../../layout/PageTitle';
import { formatInstant, formatMoment } from '../../lib/format';
import { myFormsKeys, useMyFormRequest } from './queries';

/** One form in the portal (PP12): answer a questionnaire (with a draft that survives leaving), sign a consent, or read instructions. */
export default function FormRequestPage() {
  const { t } = useTranslation();
  const { requestId = '' } = useParams();
  const request = useMyFormRequest(requestId);

  if (request.isPending) return <p role="status">{t('clinicalForms.portal.loading')}</p>;
  if (request.isError)
    return (
      <>
        <p>
          <Link to="/portal">{t('clinicalForms.portal.back')}</Link>
        </p>
        <p role="alert" className="notice notice--error">
          {problemOf(request.error).status === 404 ? t('clinicalForms.portal.notFound') : t('clinicalForms.portal.loadError')}
        </p>
      </>
    );
  // A new version remounts the form (its answers no longer apply); a change of status keeps the page and its message.
  return <RequestBody key={`${request.data.request.id}-${request.data.version.id}`} data={request.data} />;
}

function RequestBody({ data }: { data: MyFormRequest }) {
  const { t, i18n } = useTranslation();
  const language = useFormLanguage();
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const { request, version, visit } = data;
  const title = textIn(version.content.title, language);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState(false);
  const [draftState, setDraftState] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const signature = useRef<ConsentSignatureHandle>(null);
  const draftTimer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(draftTimer.current), []);

  const refresh = () => queryClient.invalidateQueries({ queryKey: myFormsKeys.all });

  const saveDraft = useCallback(
    (answers: FormAnswer[]) => {
      window.clearTimeout(draftTimer.current);
      draftTimer.current = window.setTimeout(() => {
        setDraftState('saving');
        formsClient
          .saveMyFormDraft(request.id, { versionId: version.id, answers })
          .then(() => setDraftState('saved'))
          .catch(() => setDraftState('error'));
      }, 800);
    },
    [request.id, version.id],
  );

  async function handleFailure(failure: unknown) {
    const problem = problemOf(failure) as ReturnType<typeof problemOf> & { reason?: string };
    if (problem.status === 400 && problem.errors) {
      // The server explains in English for integrators; the patient reads the same in their language, field by field.
      setServerErrors(answerFieldErrors(problem, t));
      return;
    }
    if (problem.status === 409) {
      const reason = (problem as { reason?: string }).reason;
      setNotice({ kind: 'error', text: conflictMessage(reason, t) });
      await queryClient.invalidateQueries({ queryKey: myFormsKeys.request(request.id) });
      return;
    }
    setNotice({ kind: 'error', text: t('errors.unexpected') });
  }

  async function run(action: () => Promise<unknown>, done: string) {
    setBusy(true);
    setServerErrors({});
    setNotice(null);
    window.clearTimeout(draftTimer.current);
    try {
      await action();
      setNotice({ kind: 'success', text: done });
      setEditing(false);
      await Promise.all([refresh(), queryClient.invalidateQueries({ queryKey: myFormsKeys.request(request.id) })]);
      heading.current?.focus();
    } catch (failure) {
      await handleFailure(failure);
    } finally {
      setBusy(false);
    }
  }

  const answerable = request.status === 'Pending' || (editing && request.kind === 'Questionnaire');
  const when = formatInstant(visit.startsAt, visit.timeZone, i18n.language);

  return (
    <article>
      <PageTitle title={title} />
      <p>
        <Link to="/portal">{t('clinicalForms.portal.back')}</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p className="muted">{t('clinicalForms.portal.forVisit', { when, location: visit.locationName })}</p>
      <div role="status" className={notice ? `notice notice--${notice.kind}` : undefined}>
        {notice?.text}
      </div>
      {request.status === 'Withdrawn' && <p className="notice">{t('clinicalForms.portal.withdrawn')}</p>}

      {(request.kind === 'PreTreatmentInstructions' || request.kind === 'PostTreatmentInstructions') && (
        <>
          <AnswersView content={version.content} answers={[]} language={language} />
          {request.kind === 'PreTreatmentInstructions' &&
            (request.status === 'Pending' ? (
              <button type="button" className="button" disabled={busy} onClick={() => void run(() => formsClient.confirmMyInstructionsRead(request.id), t('clinicalForms.portal.readDone'))}>
                {t('clinicalForms.portal.readConfirm')}
              </button>
            ) : (
              request.status === 'Completed' && <p>{t('clinicalForms.portal.readDone')}</p>
            ))}
        </>
      )}

      {request.kind === 'Questionnaire' && answerable && (
        <>
          <p role="status" className="muted">
            {draftState === 'saving' ? t('clinicalForms.portal.draftSaving') : draftState === 'saved' ? t('clinicalForms.portal.draftSaved') : draftState === 'error' ? t('clinicalForms.portal.draftError') : ''}
          </p>
          <FormRenderer
            content={version.content}
            language={language}
            initial={data.draft ?? data.submission?.answers}
            submitLabel={busy ? t('clinicalForms.portal.sending') : t('clinicalForms.portal.send')}
            busy={busy}
            serverErrors={serverErrors}
            onChange={request.status === 'Pending' ? saveDraft : undefined}
            onSubmit={(answers) => run(() => formsClient.submitMyAnswers(request.id, { versionId: version.id, language, answers }), t('clinicalForms.portal.sent'))}
          />
        </>
      )}

      {request.kind === 'Questionnaire' && !answerable && data.submission && (
        <>
          <h2>{t('clinicalForms.portal.answersGiven', { when: formatMoment(data.submission.submittedAt, i18n.language) })}</h2>
          <AnswersView content={data.submission.version.content} answers={data.submission.answers} language={language} />
          {visit.status === 'Booked' && request.status === 'Completed' && (
            <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
              {t('clinicalForms.portal.changeAnswers')}
            </button>
          )}
        </>
      )}

      {request.kind === 'Consent' && request.status === 'Pending' && (
        <FormRenderer
          content={version.content}
          language={language}
          submitLabel={busy ? t('clinicalForms.signature.signing') : t('clinicalForms.signature.sign')}
          busy={busy}
          serverErrors={serverErrors}
          onSubmit={async (answers) => {
            const signed = signature.current?.read();
            if (!signed) return;
            await run(() => formsClient.signMyConsent(request.id, { versionId: version.id, language, answers, ...signed }), t('clinicalForms.signature.done'));
          }}
        >
          <ConsentSignature handle={signature} serverError={serverErrors.signatureImage} />
        </FormRenderer>
      )}

      {request.kind === 'Consent' && request.status === 'Completed' && data.submission && (
        <>
          <p>{t('clinicalForms.portal.signed', { when: formatMoment(data.submission.submittedAt, i18n.language), name: data.submission.consent?.signerName ?? '' })}</p>
          <p>
            <a className="button" href={`/api/portal/forms/submissions/${data.submission.id}/pdf`} download>
              {t('clinicalForms.portal.downloadPdf')}
            </a>
          </p>
          <AnswersView content={data.submission.version.content} answers={data.submission.answers} language={language} />
        </>
      )}
    </article>
  );
}

