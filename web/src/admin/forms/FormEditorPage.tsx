import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useFieldArray, useForm, useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from '../../i18n';
import { Link, useNavigate, useParams } from 'react-router';
import { formsClient, type FormDetails, type FormItemType } from '../../api';
import { problemOf } from '../../api/problems';
import type { Language } from '../../shared/clinicalForms/answers';
import { FormRenderer } from '../../shared/clinicalForms/FormRenderer';
import { PageTitle } from '../../layout/PageTitle';
import '../../shared/clinicalForms/clinicalForms.css';
import { useStaffCatalog } from '../queries';
import { fieldErrorsAsProblems, problemLocation, problemMessage, type ContentProblemLike } from './problems';
import { editorProblems, limits, newId, newItem, reuseDays, toContent, toEditor, typesFor, type EditorValues } from './editorModel';
import { formsKeys, useFormDetails } from './queries';

/** The form builder (ST3): bilingual items, publish as a new version, services, and a phone-sized preview. */
export default function FormEditorPage() {
  const { t } = useTranslation('staff');
  const { formId = '' } = useParams();
  const form = useFormDetails(formId);
  if (form.isPending) return <p role="status">{t('clinicalForms.admin.loading')}</p>;
  if (form.isError) return <p role="alert">{t('clinicalForms.admin.loadError')}</p>;
  return <Editor key={form.data.id} details={form.data} />;
}

function Editor({ details }: { details: FormDetails }) {
  const { t, i18n } = useTranslation('staff');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string; problems?: ContentProblemLike[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [previewLanguage, setPreviewLanguage] = useState<Language>(i18n.resolvedLanguage === 'en' ? 'en' : 'es');
  const { register, control, handleSubmit, getValues, reset } = useForm<EditorValues>({ defaultValues: toEditor(details.draft, details.reuseAnswersForDays) });
  const items = useFieldArray({ control, name: 'items' });
  const values = useWatch({ control }) as EditorValues;
  const [addType, setAddType] = useState<FormItemType>(typesFor(details.kind)[0]);
  const title = values.title?.es || values.title?.en || t('clinicalForms.admin.untitled');

  const accept = (next: FormDetails) => {
    // What was saved is now the baseline: the editor stays as it is, no longer "dirty".
    reset(toEditor(next.draft, next.reuseAnswersForDays));
    queryClient.setQueryData(formsKeys.form(next.id), next);
    void queryClient.invalidateQueries({ queryKey: ['admin', 'forms', 'list'] });
  };

  async function act(action: () => Promise<FormDetails | void>, success: (next: FormDetails | void) => string) {
    setBusy(true);
    setNotice(null);
    try {
      const next = await action();
      setNotice({ kind: 'success', text: success(next) });
      if (next) accept(next);
    } catch (failure) {
      const problem = problemOf(failure) as ReturnType<typeof problemOf> & { reason?: string; problems?: ContentProblemLike[] };
      if (problem.status === 422) setNotice({ kind: 'error', text: t('clinicalForms.admin.editor.publishProblems'), problems: problem.problems });
      else if (problem.status === 409 && problem.reason === 'staleRevision') setNotice({ kind: 'error', text: t('clinicalForms.admin.editor.stale') });
      else if (problem.status === 409 && problem.reason === 'inUse') setNotice({ kind: 'error', text: t('clinicalForms.admin.editor.inUse') });
      else if (problem.status === 409) setNotice({ kind: 'error', text: problem.detail ?? t('errors.unexpected') });
      else if (problem.status === 400)
        setNotice({ kind: 'error', text: t('clinicalForms.admin.editor.publishProblems'), problems: fieldErrorsAsProblems(problem.errors) });
      else setNotice({ kind: 'error', text: t('errors.unexpected') });
    } finally {
      setBusy(false);
      heading.current?.focus();
    }
  }

  // What the editor itself can get wrong is said before anything is sent (the server checks the same and more).
  const checkLocally = () => {
    const problems = editorProblems(getValues());
    if (problems.length === 0) return true;
    setNotice({ kind: 'error', text: t('clinicalForms.admin.editor.publishProblems'), problems });
    heading.current?.focus();
    return false;
  };

  const save = () => formsClient.updateForm(details.id, { content: toContent(getValues()), revision: details.revision, reuseAnswersForDays: reuseDays(getValues()) });

  // Publishing always saves first, so what is published is exactly what is on screen.
  const saveAndPublish = async () => {
    accept(await save());
    return formsClient.publishForm(details.id);
  };

  return (
    <article>
      <PageTitle title={title} />
      <p>
        <Link to="/admin/forms">{t('clinicalForms.admin.editor.back')}</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {title} <span className="muted">· {t(`clinicalForms.kinds.${details.kind}`)}</span>
      </h1>
      <p className="muted">
        {details.latestVersionNumber > 0 ? t('clinicalForms.admin.version', { number: details.latestVersionNumber }) : t('clinicalForms.admin.notPublished')}
        {details.status === 'Archived' && ` · ${t('clinicalForms.admin.archived')}`}
      </p>
      <div role="status" className={notice ? `notice notice--${notice.kind}` : undefined}>
        {notice?.text}
        {notice?.problems && (
          <ul>
            {notice.problems.map((p) => (
              <li key={`${p.path}-${p.code ?? ''}`}>
                <ProblemText problem={p} />
              </li>
            ))}
          </ul>
        )}
      </div>
      {details.publishProblems.length > 0 && details.status === 'Active' && !notice && (
        <details className="notice">
          <summary>
            {t('clinicalForms.admin.editor.problemsLabel')} ({details.publishProblems.length})
          </summary>
          <ul>
            {details.publishProblems.map((p) => (
              <li key={`${p.path}-${p.code}`}>
                <ProblemText problem={p} />
              </li>
            ))}
          </ul>
        </details>
      )}

      <div className="form-editor__layout">
        <form noValidate onSubmit={(event) => void handleSubmit(() => checkLocally() && act(save, () => t('clinicalForms.admin.editor.saved')))(event)} className="clinical-form" style={{ maxWidth: 'none' }}>
          <Pair label={t('clinicalForms.admin.editor.title')} register={register} name="title" maxLength={limits.title} />
          <Pair label={t('clinicalForms.admin.editor.introduction')} register={register} name="introduction" multiline maxLength={limits.introduction} />
          {details.kind === 'Questionnaire' && (
            <div className="field">
              <label htmlFor="reuse-days">{t('clinicalForms.admin.editor.reuse')}</label>
              <p id="reuse-days-hint" className="field__hint">
                {t('clinicalForms.admin.editor.reuseHint')}
              </p>
              <input id="reuse-days" type="number" min={1} max={365} inputMode="numeric" aria-describedby="reuse-days-hint" {...register('reuse')} />
            </div>
          )}

          <h2>{t('clinicalForms.admin.editor.items')}</h2>
          {items.fields.map((field, index) => (
            <ItemEditor
              key={field.id}
              index={index}
              count={items.fields.length}
              kind={details.kind}
              register={register}
              control={control}
              onMove={(to) => items.move(index, to)}
              onRemove={() => items.remove(index)}
            />
          ))}
          <div className="form-editor__tools">
            <div className="field">
              <label htmlFor="add-item-type">{t('clinicalForms.admin.editor.itemType')}</label>
              <select id="add-item-type" value={addType} onChange={(event) => setAddType(event.target.value as FormItemType)}>
                {typesFor(details.kind).map((type) => (
                  <option key={type} value={type}>
                    {t(`clinicalForms.admin.editor.types.${type}`)}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" className="button button--secondary" disabled={items.fields.length >= limits.maxItems} onClick={() => items.append(newItem(addType))}>
              {t('clinicalForms.admin.editor.addItem')}
            </button>
          </div>

          <div className="form-editor__tools">
            <button type="submit" className="button" disabled={busy || details.status === 'Archived'}>
              {busy ? t('clinicalForms.admin.editor.saving') : t('clinicalForms.admin.editor.save')}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy || details.status === 'Archived'}
              onClick={() => checkLocally() && void act(saveAndPublish, (next) => t('clinicalForms.admin.editor.published', { number: (next as FormDetails).latestVersionNumber }))}
            >
              {busy ? t('clinicalForms.admin.editor.publishing') : t('clinicalForms.admin.editor.publish')}
            </button>
            {details.status === 'Active' ? (
              <button type="button" className="button button--secondary" disabled={busy} onClick={() => void act(() => formsClient.archiveForm(details.id), () => t('clinicalForms.admin.archived'))}>
                {t('clinicalForms.admin.editor.archive')}
              </button>
            ) : (
              <button type="button" className="button button--secondary" disabled={busy} onClick={() => void act(() => formsClient.restoreForm(details.id), () => t('clinicalForms.admin.editor.restore'))}>
                {t('clinicalForms.admin.editor.restore')}
              </button>
            )}
            {details.requestCount === 0 && (
              <button
                type="button"
                className="button button--danger"
                disabled={busy}
                onClick={() => {
                  if (!window.confirm(t('clinicalForms.admin.editor.deleteConfirm'))) return;
                  void act(
                    async () => {
                      await formsClient.deleteForm(details.id);
                      void queryClient.invalidateQueries({ queryKey: ['admin', 'forms', 'list'] });
                      void navigate('/admin/forms');
                    },
                    () => '',
                  );
                }}
              >
                {t('clinicalForms.admin.editor.delete')}
              </button>
            )}
          </div>
        </form>

        <aside aria-labelledby="form-preview-heading">
          <h2 id="form-preview-heading">{t('clinicalForms.admin.editor.preview')}</h2>
          <p className="muted">{t('clinicalForms.admin.editor.previewNote')}</p>
          <div className="field">
            <label htmlFor="preview-language">{t('clinicalForms.admin.editor.previewLanguage')}</label>
            <select id="preview-language" value={previewLanguage} onChange={(event) => setPreviewLanguage(event.target.value as Language)}>
              <option value="es">{t('clinicalForms.admin.editor.spanish')}</option>
              <option value="en">{t('clinicalForms.admin.editor.english')}</option>
            </select>
          </div>
          <div className="phone-preview" data-testid="form-preview">
            <FormRenderer key={JSON.stringify(values.items?.map((i) => [i.id, i.type]))} content={toContent(values)} language={previewLanguage} submitLabel="—" busy onSubmit={() => undefined} />
          </div>
        </aside>
      </div>

      <ServicesEditor details={details} onSaved={accept} />

      {details.versions.length > 0 && (
        <section aria-labelledby="form-versions-heading">
          <h2 id="form-versions-heading">{t('clinicalForms.admin.editor.versions')}</h2>
          <ul>
            {details.versions.map((v) => (
              <li key={v.id}>
                {t('clinicalForms.admin.editor.versionLine', { number: v.number, when: new Date(v.publishedAt).toLocaleString(i18n.language), who: v.publishedBy })}{' '}
                <a href={`/api/admin/forms/${details.id}/versions/${v.id}/fhir?language=${previewLanguage}`}>FHIR</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** A content problem in the screen's language: where (the editor's names for its parts) and what, by the rule's code. */
function ProblemText({ problem }: { problem: ContentProblemLike }) {
  const { t } = useTranslation('staff');
  return (
    <>
      <strong>{problemLocation(problem.path, t)}</strong>: {problemMessage(problem, t)}
    </>
  );
}

function Pair({ label, register, name, multiline, maxLength }: { label: string; register: UseFormRegister<EditorValues>; name: `title` | `introduction` | `items.${number}.text` | `items.${number}.help` | `items.${number}.followUp.text` | `items.${number}.options.${number}.text`; multiline?: boolean; maxLength: number }) {
  const { t } = useTranslation('staff');
  const id = useId();
  return (
    <fieldset className="field form-editor__pair" style={{ border: 0, padding: 0, margin: 0 }}>
      <legend>{label}</legend>
      {(['es', 'en'] as const).map((language) => (
        <div key={language} className="field">
          <label htmlFor={`${id}-${language}`}>
            {label} · {t(language === 'es' ? 'clinicalForms.admin.editor.spanish' : 'clinicalForms.admin.editor.english')}
          </label>
          {multiline ? (
            <textarea id={`${id}-${language}`} lang={language} rows={3} maxLength={maxLength} {...register(`${name}.${language}` as 'title.es')} />
          ) : (
            <input id={`${id}-${language}`} lang={language} maxLength={maxLength} {...register(`${name}.${language}` as 'title.es')} />
          )}
        </div>
      ))}
    </fieldset>
  );
}

function ItemEditor({ index, count, kind, register, control, onMove, onRemove }: {
  index: number; count: number; kind: string; register: UseFormRegister<EditorValues>; control: Control<EditorValues>; onMove: (to: number) => void; onRemove: () => void;
}) {
  const { t } = useTranslation('staff');
  const id = useId();
  const item = useWatch({ control, name: `items.${index}` });
  const options = useFieldArray({ control, name: `items.${index}.options` });
  const number = index + 1;
  const isQuestion = !['Heading', 'Paragraph', 'Acknowledgement'].includes(item.type);
  const isChoice = item.type === 'SingleChoice' || item.type === 'MultipleChoice';
  const optionCount = options.fields.length;
  const appendOption = options.append;
  // An item turned into a choice question starts with the two options every choice question needs.
  useEffect(() => {
    if (isChoice && optionCount < limits.minOptions) {
      appendOption(Array.from({ length: limits.minOptions - optionCount }, () => ({ id: newId('o'), text: { es: '', en: '' } })));
    }
  }, [isChoice, optionCount, appendOption]);
  return (
    <section className="form-editor__item" aria-labelledby={`${id}-heading`} data-item-index={index}>
      <h3 id={`${id}-heading`}>{t('clinicalForms.admin.editor.itemHeading', { number, type: t(`clinicalForms.admin.editor.types.${item.type}`) })}</h3>
      <div className="field">
        <label htmlFor={`${id}-type`}>{t('clinicalForms.admin.editor.itemType')}</label>
        <select id={`${id}-type`} {...register(`items.${index}.type`)}>
          {typesFor(kind).map((type) => (
            <option key={type} value={type}>
              {t(`clinicalForms.admin.editor.types.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <Pair label={t('clinicalForms.admin.editor.itemText')} register={register} name={`items.${index}.text`} multiline={item.type === 'Paragraph' || item.type === 'Acknowledgement'} maxLength={limits.itemText} />
      {isQuestion && (
        <>
          <Pair label={t('clinicalForms.admin.editor.help')} register={register} name={`items.${index}.help`} maxLength={limits.help} />
          <div className="field field--checkbox">
            <input id={`${id}-required`} type="checkbox" {...register(`items.${index}.required`)} />
            <label htmlFor={`${id}-required`}>{t('clinicalForms.admin.editor.requiredToggle')}</label>
          </div>
        </>
      )}
      {isChoice && (
        <fieldset className="field" style={{ border: 0, padding: 0 }}>
          <legend>{t('clinicalForms.admin.editor.options')}</legend>
          {options.fields.map((option, o) => (
            <div key={option.id} className="form-editor__tools">
              <Pair label={`${t('clinicalForms.admin.editor.options')} ${o + 1}`} register={register} name={`items.${index}.options.${o}.text`} maxLength={limits.optionText} />
              <button type="button" className="button button--secondary" disabled={options.fields.length <= limits.minOptions} onClick={() => options.remove(o)}>
                {t('clinicalForms.admin.editor.removeOption', { number: o + 1 })}
              </button>
            </div>
          ))}
          <button type="button" className="button button--secondary" disabled={options.fields.length >= limits.maxOptions} onClick={() => options.append({ id: newId('o'), text: { es: '', en: '' } })}>
            {t('clinicalForms.admin.editor.addOption')}
          </button>
        </fieldset>
      )}
      {item.type === 'YesNo' && (
        <fieldset className="field" style={{ border: 0, padding: 0 }}>
          <legend>{t('clinicalForms.admin.editor.followUp')}</legend>
          <div className="field field--checkbox">
            <input id={`${id}-follow`} type="checkbox" {...register(`items.${index}.followUp.enabled`)} />
            <label htmlFor={`${id}-follow`}>{t('clinicalForms.admin.editor.followUp')}</label>
          </div>
          {item.followUp?.enabled && (
            <>
              <div className="field">
                <label htmlFor={`${id}-when`}>{t('clinicalForms.admin.editor.followUpWhen')}</label>
                <select id={`${id}-when`} {...register(`items.${index}.followUp.askWhen`)}>
                  <option value="yes">{t('clinicalForms.renderer.yes')}</option>
                  <option value="no">{t('clinicalForms.renderer.no')}</option>
                </select>
              </div>
              <Pair label={t('clinicalForms.admin.editor.followUp')} register={register} name={`items.${index}.followUp.text`} maxLength={limits.itemText} />
              <div className="field field--checkbox">
                <input id={`${id}-follow-required`} type="checkbox" {...register(`items.${index}.followUp.required`)} />
                <label htmlFor={`${id}-follow-required`}>{t('clinicalForms.admin.editor.followUpRequired')}</label>
              </div>
            </>
          )}
        </fieldset>
      )}
      {item.type === 'Number' && (
        <div className="form-editor__pair">
          <div className="field">
            <label htmlFor={`${id}-min`}>{t('clinicalForms.admin.editor.min')}</label>
            <input id={`${id}-min`} type="number" step="any" {...register(`items.${index}.min`)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-max`}>{t('clinicalForms.admin.editor.max')}</label>
            <input id={`${id}-max`} type="number" step="any" {...register(`items.${index}.max`)} />
          </div>
        </div>
      )}
      <div className="form-editor__tools">
        <button type="button" className="button button--secondary" disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={t('clinicalForms.admin.editor.moveUp', { number })}>
          ↑
        </button>
        <button type="button" className="button button--secondary" disabled={index === count - 1} onClick={() => onMove(index + 1)} aria-label={t('clinicalForms.admin.editor.moveDown', { number })}>
          ↓
        </button>
        <button type="button" className="button button--danger" onClick={onRemove}>
          {t('clinicalForms.admin.editor.remove', { number })}
        </button>
      </div>
    </section>
  );
}

function ServicesEditor({ details, onSaved }: { details: FormDetails; onSaved: (next: FormDetails) => void }) {
  const { t } = useTranslation('staff');
  const catalog = useStaffCatalog();
  const [selected, setSelected] = useState<string[]>(details.serviceIds);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => setSelected(details.serviceIds), [details.serviceIds]);

  async function save() {
    setBusy(true);
    setStatus('');
    try {
      onSaved(await formsClient.setFormServices(details.id, { serviceIds: selected }));
      setStatus(t('clinicalForms.admin.editor.servicesSaved'));
    } catch {
      setStatus(t('errors.unexpected'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="form-services-heading">
      <h2 id="form-services-heading">{t('clinicalForms.admin.editor.services')}</h2>
      <p>{t('clinicalForms.admin.editor.servicesIntro')}</p>
      {catalog.data && (
        <fieldset className="field" style={{ border: 0, padding: 0 }}>
          <legend className="visually-hidden">{t('clinicalForms.admin.editor.services')}</legend>
          {catalog.data.services.map((service) => (
            <div key={service.id} className="field--checkbox">
              <input
                id={`service-${service.id}`}
                type="checkbox"
                checked={selected.includes(service.id)}
                onChange={(event) => setSelected((now) => (event.target.checked ? [...now, service.id] : now.filter((id) => id !== service.id)))}
              />
              <label htmlFor={`service-${service.id}`}>
                {service.name} {!service.isActive && <span className="muted">{t('clinicalForms.admin.editor.inactiveService')}</span>}
              </label>
            </div>
          ))}
        </fieldset>
      )}
      <button type="button" className="button" disabled={busy || details.status === 'Archived'} onClick={() => void save()}>
        {t('clinicalForms.admin.editor.saveServices')}
      </button>
      <p role="status">{status}</p>
    </section>
  );
}
