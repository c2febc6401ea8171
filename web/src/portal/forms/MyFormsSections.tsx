import { useTranslation } from '../../i18n';
import { Link } from 'react-router';
import type { FormRequestSummary, VisitForms } from '../../api';
import { textIn } from '../../shared/clinicalForms/answers';
import { useFormLanguage } from '../../shared/clinicalForms/language';
import '../../shared/clinicalForms/clinicalForms.css';
import { formatInstant } from '../../lib/format';
import { useMyForms } from './queries';

/** The portal's "Acción requerida", "Instrucciones posteriores" and documents sections (PP7, PP10, PP11). */
export function MyFormsSections() {
  const { t } = useTranslation();
  const forms = useMyForms();

  if (forms.isPending) return <p role="status">{t('clinicalForms.portal.loading')}</p>;
  if (forms.isError)
    return (
      <div role="alert" className="notice notice--error">
        <p>{t('clinicalForms.portal.loadError')}</p>
        <button type="button" className="button" onClick={() => void forms.refetch()}>
          {t('clinicalForms.portal.retry')}
        </button>
      </div>
    );

  const { actionRequired, aftercare, documents } = forms.data;
  return (
    <>
      <section aria-labelledby="action-required-heading" className="my-forms">
        <h2 id="action-required-heading">{t('clinicalForms.portal.actionRequired')}</h2>
        {actionRequired.length === 0 ? (
          <p className="notice">{t('clinicalForms.portal.nothingToDo')}</p>
        ) : (
          <>
            <p>{t('clinicalForms.portal.actionRequiredIntro')}</p>
            {actionRequired.map((visit) => (
              <VisitCard key={visit.visit.appointmentId} visit={visit} showProgress />
            ))}
          </>
        )}
        <p>
          <Link to="/portal/medical-history">{t('clinicalForms.portal.medicalHistoryLink')}</Link>
        </p>
      </section>
      <section aria-labelledby="aftercare-heading" className="my-forms">
        <h2 id="aftercare-heading">{t('clinicalForms.portal.aftercare')}</h2>
        {aftercare.length === 0 ? <p className="notice">{t('clinicalForms.portal.aftercareIntro')}</p> : aftercare.map((visit) => <VisitCard key={visit.visit.appointmentId} visit={visit} />)}
      </section>
      {documents.length > 0 && (
        <section aria-labelledby="documents-heading" className="my-forms">
          <h2 id="documents-heading">{t('clinicalForms.portal.documents')}</h2>
          <p>{t('clinicalForms.portal.documentsIntro')}</p>
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
  const when = formatInstant(visit.visit.startsAt, visit.visit.timeZone, i18n.language);
  return (
    <article className="forms-visit" data-appointment-id={visit.visit.appointmentId}>
      <h3>{t('clinicalForms.portal.visitOn', { when })}</h3>
      <p className="muted">
        {visit.visit.services.join(', ')} · {visit.visit.locationName}
      </p>
      {showProgress && <p>{t('clinicalForms.portal.progress', { done: visit.done, total: visit.total })}</p>}
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
  const action = request.status === 'Pending' ? t(`clinicalForms.portal.open.${request.kind}`) : t('clinicalForms.portal.view');
  return (
    <li>
      <span>
        <span className="muted">{t(`clinicalForms.kinds.${request.kind}`)}:</span> {title}{' '}
        <span className={`forms-status forms-status--${request.status}`}>{t(`clinicalForms.statuses.${request.status}`)}</span>
      </span>
      <Link className="button button--secondary" to={`/portal/forms/${request.id}`} aria-label={`${action}: ${title}`}>
        {action}
      </Link>
    </li>
  );
}
