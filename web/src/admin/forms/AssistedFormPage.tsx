import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from '../../i18n';
import { Link, useLocation, useParams } from 'react-router';
import { formsClient } from '../../api';
import { problemOf } from '../../api/problems';
import { textIn } from '../../shared/clinicalForms/answers';
import { ConsentSignature, type ConsentSignatureHandle } from '../../shared/clinicalForms/ConsentSignature';
import { FormRenderer } from '../../shared/clinicalForms/FormRenderer';
import { answerFieldErrors, conflictMessage } from '../../shared/clinicalForms/serverMessages';
import { useFormLanguage } from '../../shared/clinicalForms/language';
import { PageTitle } from '../../layout/PageTitle';
import { formsKeys } from './queries';

/** Filling in with the patient on a clinic tablet: the blank form, recorded as staff-assisted; the patient still signs. */
export default function AssistedFormPage() {
  const { t } = useTranslation('staff');
  const { requestId = '' } = useParams();
  const patientId = (useLocation().state as { patientId?: string } | null)?.patientId;
  const language = useFormLanguage();
  const request = useQuery({ queryKey: formsKeys.assisted(requestId), queryFn: ({ signal }) => formsClient.openAssistedRequest(requestId, signal), retry: false });
  const signature = useRef<ConsentSignatureHandle>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const back = `/admin/patients/${patientId ?? request.data?.patientId ?? ''}`;

  async function run(action: () => Promise<unknown>) {
    setBusy(true);
    setError('');
    try {
      await action();
      setDone(true);
      heading.current?.focus();
    } catch (failure) {
      const problem = problemOf(failure) as ReturnType<typeof problemOf> & { reason?: string };
      if (problem.status === 400 && problem.errors) setServerErrors(answerFieldErrors(problem, t));
      else if (problem.status === 409) setError(conflictMessage(problem.reason, t));
      else setError(t('errors.unexpected'));
    } finally {
      setBusy(false);
    }
  }

  if (request.isPending) return <p role="status">{t('clinicalForms.portal.loading')}</p>;
  if (request.isError) return <p role="alert">{t('clinicalForms.portal.notFound')}</p>;
  const { version } = request.data;
  const title = textIn(version.content.title, language);
  return (
    <article>
      <PageTitle title={t('clinicalForms.assisted.heading')} />
      <p>
        <Link to={back}>{t('clinicalForms.assisted.back')}</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {t('clinicalForms.assisted.heading')}: {title}
      </h1>
      <p className="notice">{t('clinicalForms.assisted.intro')}</p>
      {error && <p role="alert" className="notice notice--error">{error}</p>}
      {done ? (
        <p role="status" className="notice notice--success">
          {t('clinicalForms.assisted.done')}
        </p>
      ) : version.kind === 'Consent' ? (
        <FormRenderer
          content={version.content}
          language={language}
          submitLabel={t('clinicalForms.signature.sign')}
          busy={busy}
          serverErrors={serverErrors}
          onSubmit={async (answers) => {
            const signed = signature.current?.read();
            if (!signed) return;
            await run(() => formsClient.signAssistedConsent(requestId, { versionId: version.id, language, answers, ...signed }));
          }}
        >
          <ConsentSignature handle={signature} serverError={serverErrors.signatureImage} />
        </FormRenderer>
      ) : (
        <FormRenderer
          content={version.content}
          language={language}
          submitLabel={t('clinicalForms.portal.send')}
          busy={busy}
          serverErrors={serverErrors}
          onSubmit={(answers) => run(() => formsClient.submitAssistedAnswers(requestId, { versionId: version.id, language, answers }))}
        />
      )}
    </article>
  );
}
