import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useForm, useWatch, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import type { FormAnswer, FormContent, FormItem } from '../../api';
import { answersSchema, isContent, parseError, textIn, toAnswers, toValues, type AnswerValues, type Language } from './answers';
import { useFormWords } from './language';
import './clinicalForms.css';

interface Props {
  content: FormContent;
  language: Language;
  /** Answers to start from: a draft, or answers given before. */
  initial?: FormAnswer[] | null;
  submitLabel: string;
  busy?: boolean;
  /** Called (debounced by the caller) whenever an answer changes, for drafts. */
  onChange?: (answers: FormAnswer[]) => void;
  onSubmit: (answers: FormAnswer[]) => void | Promise<void>;
  /** Per-item messages the server sent back, already translated or as the server wrote them. */
  serverErrors?: Record<string, string>;
  /** Rendered after the items, before the button (a consent's signature). */
  children?: ReactNode;
}

/**
 * A published version as the patient answers it (PP12): headings and paragraphs to read, then each question with
 * its label, hint and error next to it. The same component renders the staff preview and the clinic-tablet mode.
 */
export function FormRenderer({ content, language, initial, submitLabel, busy, onChange, onSubmit, serverErrors, children }: Props) {
  const t = useFormWords(language);
  const summaryRef = useRef<HTMLDivElement>(null);
  const { register, handleSubmit, control, formState, setFocus } = useForm<AnswerValues>({
    defaultValues: toValues(content, initial),
    resolver: zodResolver(answersSchema(content, true)),
    shouldFocusError: true,
  });
  const values = useWatch({ control });
  const changed = useRef(false);

  useEffect(() => {
    if (!changed.current) {
      changed.current = true;
      return;
    }
    onChange?.(toAnswers(content, values as AnswerValues));
  }, [values, content, onChange]);

  useEffect(() => {
    const first = Object.keys(serverErrors ?? {})[0];
    if (first) summaryRef.current?.focus();
  }, [serverErrors]);

  const errorCount = Object.keys(formState.errors).length;
  const submit = handleSubmit(
    (current) => onSubmit(toAnswers(content, current)),
    (errors) => {
      const first = content.items.find((item) => errors[item.id]);
      if (first) setFocus(`${first.id}.${focusField(first)}` as never);
    },
  );

  return (
    <form className="clinical-form" noValidate onSubmit={(event) => void submit(event)} lang={language}>
      <h2 className="clinical-form__title">{textIn(content.title, language)}</h2>
      {content.introduction && <p className="clinical-form__intro">{textIn(content.introduction, language)}</p>}
      {(errorCount > 0 || Object.keys(serverErrors ?? {}).length > 0) && (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="notice notice--error">
          {t('clinicalForms.renderer.summary', { count: errorCount || Object.keys(serverErrors ?? {}).length })}
        </div>
      )}
      {content.items.map((item) => (
        <Item key={item.id} item={item} language={language} register={register} errors={formState.errors} value={(values as AnswerValues)[item.id]} serverError={serverErrors?.[item.id]} />
      ))}
      {children}
      <button type="submit" className="button" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}

function focusField(item: FormItem): string {
  switch (item.type) {
    case 'SingleChoice':
      return 'choice';
    case 'MultipleChoice':
      return 'choices';
    case 'YesNo':
      return 'yesNo';
    case 'Date':
      return 'date';
    case 'Number':
      return 'number';
    case 'Acknowledgement':
      return 'acknowledged';
    default:
      return 'text';
  }
}

interface ItemProps {
  item: FormItem;
  language: Language;
  register: UseFormRegister<AnswerValues>;
  errors: FieldErrors<AnswerValues>;
  value: AnswerValues[string] | undefined;
  serverError?: string;
}

function Item({ item, language, register, errors, value, serverError }: ItemProps) {
  const t = useFormWords(language);
  const id = useId();
  const label = textIn(item.text, language);
  const help = item.help ? textIn(item.help, language) : '';
  const parsed = parseError((errors[item.id] as { message?: string } | undefined)?.message);
  const error = parsed ? t(`clinicalForms.renderer.errors.${parsed.key}`, parsed.values) : serverError;
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [help ? helpId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const invalid = error ? true : undefined;
  const required = item.required && item.type !== 'Acknowledgement' ? <span className="clinical-form__required"> {t('clinicalForms.renderer.required')}</span> : null;
  const hint = help && (
    <p id={helpId} className="field__hint">
      {help}
    </p>
  );
  const message = error && (
    <p id={errorId} className="field__error">
      {error}
    </p>
  );

  if (item.type === 'Heading') return <h3 className="clinical-form__heading">{label}</h3>;
  if (item.type === 'Paragraph') return <p className="clinical-form__paragraph">{label}</p>;
  if (isContent(item)) return null;

  if (item.type === 'Acknowledgement') {
    return (
      <div className="field field--checkbox clinical-form__ack" data-item-id={item.id}>
        <input id={id} type="checkbox" aria-invalid={invalid} aria-describedby={describedBy} {...register(`${item.id}.acknowledged`)} />
        <label htmlFor={id}>{label}</label>
        {message}
      </div>
    );
  }

  if (item.type === 'SingleChoice' || item.type === 'MultipleChoice' || item.type === 'YesNo') {
    const options =
      item.type === 'YesNo'
        ? [
            { id: 'yes', text: t('clinicalForms.renderer.yes') },
            { id: 'no', text: t('clinicalForms.renderer.no') },
          ]
        : (item.options ?? []).map((o) => ({ id: o.id, text: textIn(o.text, language) }));
    const field = item.type === 'SingleChoice' ? 'choice' : item.type === 'MultipleChoice' ? 'choices' : 'yesNo';
    const askFollowUp = item.type === 'YesNo' && item.followUp && value?.yesNo && (value.yesNo === 'yes') === item.followUp.askWhen;
    return (
      <fieldset className="field clinical-form__choices" data-item-id={item.id} aria-invalid={invalid} aria-describedby={describedBy}>
        <legend>
          {label}
          {required}
        </legend>
        {hint}
        <div className={item.type === 'YesNo' ? 'clinical-form__inline' : undefined}>
          {options.map((option) => (
            <div key={option.id} className="field--checkbox">
              <input
                id={`${id}-${option.id}`}
                type={item.type === 'MultipleChoice' ? 'checkbox' : 'radio'}
                value={option.id}
                {...register(`${item.id}.${field}` as `${string}.choice`)}
              />
              <label htmlFor={`${id}-${option.id}`}>{option.text}</label>
            </div>
          ))}
        </div>
        {askFollowUp && item.followUp && (
          <div className="field clinical-form__follow-up">
            <label htmlFor={`${id}-follow-up`}>
              {textIn(item.followUp.text, language)}
              {item.followUp.required && <span className="clinical-form__required"> {t('clinicalForms.renderer.required')}</span>}
            </label>
            <textarea id={`${id}-follow-up`} rows={2} maxLength={2000} aria-invalid={invalid} {...register(`${item.id}.followUp`)} />
          </div>
        )}
        {message}
      </fieldset>
    );
  }

  const input =
    item.type === 'LongText' ? (
      <textarea id={id} rows={4} maxLength={4000} aria-invalid={invalid} aria-describedby={describedBy} {...register(`${item.id}.text`)} />
    ) : item.type === 'Date' ? (
      <input id={id} type="date" aria-invalid={invalid} aria-describedby={describedBy} {...register(`${item.id}.date`)} />
    ) : item.type === 'Number' ? (
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step="any"
        min={item.min ?? undefined}
        max={item.max ?? undefined}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        {...register(`${item.id}.number`)}
      />
    ) : (
      <input id={id} type="text" maxLength={300} aria-invalid={invalid} aria-describedby={describedBy} {...register(`${item.id}.text`)} />
    );
  return (
    <div className="field" data-item-id={item.id}>
      <label htmlFor={id}>
        {label}
        {required}
      </label>
      {hint}
      {input}
      {message}
    </div>
  );
}
