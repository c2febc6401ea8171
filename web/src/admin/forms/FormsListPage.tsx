import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formsClient, type FormKind } from '../../api';
import { textIn } from '../../clinicalForms/answers';
import { useFormLanguage } from '../../clinicalForms/language';
import { PageTitle } from '../../layout/PageTitle';
import '../../clinicalForms/clinicalForms.css';
import { useForms } from './queries';

const kinds: FormKind[] = ['Questionnaire', 'Consent', 'PreTreatmentInstructions', 'PostTreatmentInstructions'];

/** The clinic's forms (ST3): what each is, whether it is published, and how many services ask it. */
export default function FormsListPage() {
  const { t } = useTranslation();
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
      <PageTitle title={t('forms.admin.heading')} />
      <h1>{t('forms.admin.heading')}</h1>
      <p>{t('forms.admin.intro')}</p>
      <form className="form-editor__tools" onSubmit={(event) => void create(event)}>
        <div className="field">
          <label htmlFor="new-form-kind">{t('forms.admin.kind')}</label>
          <select id="new-form-kind" value={newKind} onChange={(event) => setNewKind(event.target.value as FormKind)}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`forms.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={creating}>
          {t('forms.admin.new')}
        </button>
      </form>
      <div className="form-editor__tools">
        <div className="field">
          <label htmlFor="forms-filter">{t('forms.admin.filterKind')}</label>
          <select id="forms-filter" value={kind} onChange={(event) => setKind(event.target.value as FormKind | '')}>
            <option value="">{t('forms.admin.allKinds')}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`forms.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--checkbox">
          <input id="forms-archived" type="checkbox" checked={archived} onChange={(event) => setArchived(event.target.checked)} />
          <label htmlFor="forms-archived">{t('forms.admin.showArchived')}</label>
        </div>
      </div>
      {forms.isPending && <p role="status">{t('forms.admin.loading')}</p>}
      {forms.isError && <p role="alert">{t('forms.admin.loadError')}</p>}
      {forms.data?.length === 0 && <p className="notice">{t('forms.admin.empty')}</p>}
      {forms.data && forms.data.length > 0 && (
        <ul className="forms-visit">
          {forms.data.map((form) => {
            const title = textIn(form.title, language) || t('forms.admin.untitled');
            return (
              <li key={form.id}>
                <span>
                  <strong>{title}</strong> <span className="muted">· {t(`forms.kinds.${form.kind}`)}</span>
                  <br />
                  <span className="muted">
                    {form.latestVersionNumber > 0 ? t('forms.admin.version', { number: form.latestVersionNumber }) : t('forms.admin.notPublished')}
                    {form.hasUnpublishedChanges && form.latestVersionNumber > 0 && ` · ${t('forms.admin.unpublishedChanges')}`}
                    {form.status === 'Archived' && ` · ${t('forms.admin.archived')}`}
                    {' · '}
                    {form.serviceIds.length > 0 ? t('forms.admin.services', { count: form.serviceIds.length }) : t('forms.admin.noServices')}
                  </span>
                </span>
                <Link className="button button--secondary" to={`/admin/forms/${form.id}`} aria-label={`${t('forms.admin.edit')}: ${title}`}>
                  {t('forms.admin.edit')}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
