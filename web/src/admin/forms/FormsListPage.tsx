import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { Link, useNavigate } from 'react-router';
import { formsClient, type FormKind } from '../../api';
import { textIn } from '../../shared/clinicalForms/answers';
import { useFormLanguage } from '../../shared/clinicalForms/language';
import { PageTitle } from '../../layout/PageTitle';
import '../../shared/clinicalForms/clinicalForms.css';
import { useForms } from './queries';
import { ServiceFormsSection } from './ServiceFormsSection';

const kinds: FormKind[] = ['Questionnaire', 'Consent', 'PreTreatmentInstructions', 'PostTreatmentInstructions'];

/** The clinic's forms (ST3): what each is, whether it is published, and how many services ask it. */
export default function FormsListPage() {
  const { t } = useTranslation('staff');
  const language = useFormLanguage();
  const navigate = useNavigate();
  const [kind, setKind] = useState<FormKind | ''>('');
  const [archived, setArchived] = useState(false);
  const [newKind, setNewKind] = useState<FormKind>('Questionnaire');
  const [creating, setCreating] = useState(false);
  const forms = useForms(kind || undefined, archived ? undefined : 'Active');

  async function create(event: FormEvent) {
    event.preventDefault();
    setCreating(true);
    try {
      const created = await formsClient.createForm({
        kind: newKind,
        reuseAnswersForDays: null,
        content: { title: { es: '', en: '' }, introduction: null, items: [] },
      });
      void navigate(`/admin/forms/${created.id}`);
    } finally {
      setCreating(false);
    }
  }

  return (
    <>
      <PageTitle title={t('clinicalForms.admin.heading')} />
      <h1>{t('clinicalForms.admin.heading')}</h1>
      <p>{t('clinicalForms.admin.intro')}</p>
      <form className="form-editor__tools" onSubmit={(event) => void create(event)}>
        <div className="field">
          <label htmlFor="new-form-kind">{t('clinicalForms.admin.kind')}</label>
          <select id="new-form-kind" value={newKind} onChange={(event) => setNewKind(event.target.value as FormKind)}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`clinicalForms.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={creating}>
          {t('clinicalForms.admin.new')}
        </button>
      </form>
      <div className="form-editor__tools">
        <div className="field">
          <label htmlFor="forms-filter">{t('clinicalForms.admin.filterKind')}</label>
          <select id="forms-filter" value={kind} onChange={(event) => setKind(event.target.value as FormKind | '')}>
            <option value="">{t('clinicalForms.admin.allKinds')}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`clinicalForms.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--checkbox">
          <input id="forms-archived" type="checkbox" checked={archived} onChange={(event) => setArchived(event.target.checked)} />
          <label htmlFor="forms-archived">{t('clinicalForms.admin.showArchived')}</label>
        </div>
      </div>
      {forms.isPending && <p role="status">{t('clinicalForms.admin.loading')}</p>}
      {forms.isError && <p role="alert">{t('clinicalForms.admin.loadError')}</p>}
      {forms.data?.length === 0 && <p className="notice">{t('clinicalForms.admin.empty')}</p>}
      {forms.data && forms.data.length > 0 && (
        <ul className="forms-visit">
          {forms.data.map((form) => {
            const title = textIn(form.title, language) || t('clinicalForms.admin.untitled');
            return (
              <li key={form.id}>
                <span>
                  <strong>{title}</strong> <span className="muted">· {t(`clinicalForms.kinds.${form.kind}`)}</span>
                  <br />
                  <span className="muted">
                    {form.latestVersionNumber > 0 ? t('clinicalForms.admin.version', { number: form.latestVersionNumber }) : t('clinicalForms.admin.notPublished')}
                    {form.hasUnpublishedChanges && form.latestVersionNumber > 0 && ` · ${t('clinicalForms.admin.unpublishedChanges')}`}
                    {form.status === 'Archived' && ` · ${t('clinicalForms.admin.archived')}`}
                    {' · '}
                    {form.serviceIds.length > 0 ? t('clinicalForms.admin.services', { count: form.serviceIds.length }) : t('clinicalForms.admin.noServices')}
                  </span>
                </span>
                <Link className="button button--secondary" to={`/admin/forms/${form.id}`} aria-label={`${t('clinicalForms.admin.edit')}: ${title}`}>
                  {t('clinicalForms.admin.edit')}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      <ServiceFormsSection />
    </>
  );
}
