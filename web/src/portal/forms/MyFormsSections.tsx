import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FormRequestSummary, VisitForms } from '../../api';
import { textIn } from '../../clinicalForms/answers';
import { useFormLanguage } from '../../clinicalForms/language';
import '../../clinicalForms/clinicalForms.css';
import { visitWhen } from './format';
import { useMyForms } from './queries';

/** The portal's "Acción requerida", "Instrucciones posteriores" and documents sections (PP7, PP10, PP11). */
export function MyFormsSections() {
  const { t } = useTranslation();
  const forms = useMyForms();

  if (forms.isPending) return <p role="status">{t('forms.portal.loading')}</p>;
  if (forms.isError)
    return (
      <div role="alert" className="notice notice--error">
        <p>{t('forms.portal.loadError')}</p>
        <button type="button" className="button" onClick={() => void forms.refetch()}>
          {t('forms.portal.retry')}
        </button>
      </div>
    );

  const { actionRequired, aftercare, documents } = forms.data;
  return (
    <>
      <section aria-labelledby="action-required-heading" className="my-forms">
        <h2 id="action-required-heading">{t('forms.portal.actionRequired')}</h2>
        {actionRequired.length === 0 ? (
          <p className="notice">{t('forms.portal.nothingToDo')}</p>
        ) : (
          <>
            <p>{t('forms.portal.actionRequiredIntro')}</p>
            {actionRequired.map((visit) => (
              <VisitCard key={visit.visit.appointmentId} visit={visit} showProgress />
            ))}
          </>
        )}
        <p>
          <Link to="/portal/medical-history">{t('forms.portal.medicalHistoryLink')}</Link>
        </p>
      </section>
      <section aria-labelledby="aftercare-heading" className="my-forms">
        <h2 id="aftercare-heading">{t('forms.portal.aftercare')}</h2>
        {aftercare.length === 0 ? <p className="notice">{t('forms.portal.aftercareIntro')}</p> : aftercare.map((visit) => <VisitCard key={visit.visit.appointmentId} visit={visit} />)}
      </section>
      {documents.length > 0 && (
        <section aria-labelledby="documents-heading" className="my-forms">
          <h2 id="documents-heading">{t('forms.portal.documents')}</h2>
          <p>{t('forms.portal.documentsIntro')}</p>
          {documents.map((visit) => (
            <VisitCard key={visit.visit.appointmentId} visit={visit} />
          ))}
        </section>
      )}
    </>
  );
}

function VisitCard({ visit, showProgress }: { visit: VisitForms; showProgress?: boolean }) {
  const { t, i18n } = useTranslation();
  const language = useFormLanguage();
  const when = visitWhen(visit.visit.startsAt, visit.visit.timeZone, i18n.language);
  return (
    <article className="forms-visit" data-appointment-id={visit.visit.appointmentId}>
      <h3>{t('forms.portal.visitOn', { when })}</h3>
      <p className="muted">
        {visit.visit.services.join(', ')} · {visit.visit.locationName}
      </p>
      {showProgress && <p>{t('forms.portal.progress', { done: visit.done, total: visit.total })}</p>}
      <ul>
        {visit.requests.map((request) => (
          <RequestRow key={request.id} request={request} title={textIn(request.title, language)} />
        ))}
      </ul>
    </article>
  );
}

function RequestRow({ request, title }: { request: FormRequestSummary; title: string }) {
  const { t } = useTranslation();
  const action = request.status === 'Pending' ? t(`forms.portal.open.${request.kind}`) : t('forms.portal.view');
  return (
    <li>
      <span>
        <span className="muted">{t(`forms.kinds.${request.kind}`)}:</span> {title}{' '}
        <span className={`forms-status forms-status--${request.status}`}>{t(`forms.statuses.${request.status}`)}</span>
      </span>
      <Link className="button button--secondary" to={`/portal/forms/${request.id}`} aria-label={`${action}: ${title}`}>
        {action}
      </Link>
    </li>
  );
}
