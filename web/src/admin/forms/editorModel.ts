import type { FormContent, FormItem, FormItemType, LocalizedText } from '../../api';

export interface EditorItem {
  id: string;
  type: FormItemType;
  text: LocalizedText;
  help: LocalizedText;
  required: boolean;
  options: { id: string; text: LocalizedText }[];
  followUp: { enabled: boolean; askWhen: 'yes' | 'no'; text: LocalizedText; required: boolean };
  min: string;
  max: string;
}

export interface EditorValues {
  title: LocalizedText;
  introduction: LocalizedText;
  reuse: string;
  items: EditorItem[];
}

/** The server's limits (FormLimits): the inputs stop at them, so a save never fails on length or option count. */
export const limits = {
  title: 200,
  introduction: 4000,
  itemText: 4000,
  help: 500,
  optionText: 200,
  minOptions: 2,
  maxOptions: 30,
  maxItems: 120,
} as const;

const blank = (): LocalizedText => ({ es: '', en: '' });

/** A short unique id for a new item or option, in the form ids the API accepts (lowercase, digits, dashes). */
export function newId(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
}

export function newItem(type: FormItemType): EditorItem {
  const hasOptions = type === 'SingleChoice' || type === 'MultipleChoice';
  return {
    id: newId(type.toLowerCase().replace(/[^a-z]/g, '').slice(0, 10) || 'item'),
    type,
    text: blank(),
    help: blank(),
    required: type === 'Acknowledgement',
    options: hasOptions ? [{ id: newId('o'), text: blank() }, { id: newId('o'), text: blank() }] : [],
    followUp: { enabled: false, askWhen: 'yes', text: blank(), required: false },
    min: '',
    max: '',
  };
}

export function toEditor(content: FormContent, reuse: number | null | undefined): EditorValues {
  return {
    title: content.title,
    introduction: content.introduction ?? blank(),
    reuse: reuse ? String(reuse) : '',
    items: content.items.map((item) => ({
      id: item.id,
      type: item.type,
      text: item.text,
      help: item.help ?? blank(),
      required: item.required,
      options: (item.options ?? []).map((o) => ({ id: o.id, text: o.text })),
      followUp: item.followUp
        ? { enabled: true, askWhen: item.followUp.askWhen ? 'yes' : 'no', text: item.followUp.text, required: item.followUp.required }
        : { enabled: false, askWhen: 'yes', text: blank(), required: false },
      min: item.min === null || item.min === undefined ? '' : String(item.min),
      max: item.max === null || item.max === undefined ? '' : String(item.max),
    })),
  };
}

const number = (value: string) => (value.trim() === '' || Number.isNaN(Number(value)) ? null : Number(value));
const filled = (text: LocalizedText) => (text.es.trim() || text.en.trim() ? text : null);

export function toContent(values: EditorValues): FormContent {
  return {
    title: values.title,
    introduction: filled(values.introduction),
    items: values.items.map(
      (item): FormItem => ({
        id: item.id,
        type: item.type,
        text: item.text,
        help: filled(item.help),
        required: item.required,
        options: item.type === 'SingleChoice' || item.type === 'MultipleChoice' ? item.options : null,
        followUp: item.type === 'YesNo' && item.followUp.enabled ? { askWhen: item.followUp.askWhen === 'yes', text: item.followUp.text, required: item.followUp.required } : null,
        min: item.type === 'Number' ? number(item.min) : null,
        max: item.type === 'Number' ? number(item.max) : null,
      }),
    ),
  };
}

export function reuseDays(values: EditorValues): number | null {
  const days = Number(values.reuse);
  return values.reuse.trim() && Number.isInteger(days) && days > 0 ? days : null;
}

/** Item types each kind of form may hold (the server says the same). */
export function typesFor(kind: string): FormItemType[] {
  const content: FormItemType[] = ['Heading', 'Paragraph'];
  const questions: FormItemType[] = ['ShortText', 'LongText', 'SingleChoice', 'MultipleChoice', 'YesNo', 'Date', 'Number'];
  if (kind === 'Questionnaire') return [...content, ...questions];
  if (kind === 'Consent') return [...content, 'Acknowledgement', ...questions];
  return content;
}

/** What the editor can get wrong that inputs cannot prevent, as the server would code it (admin/forms/problems.ts words it). */
export function editorProblems(values: EditorValues): { path: string; code: string; message: string; limit?: number }[] {
  const problems: { path: string; code: string; message: string; limit?: number }[] = [];
  values.items.forEach((item, index) => {
    if (item.type !== 'Number') return;
    const min = number(item.min);
    const max = number(item.max);
    if (min !== null && max !== null && min > max) problems.push({ path: `items[${index}].max`, code: 'MaxBelowMin', message: '' });
  });
  if (values.items.length > limits.maxItems) problems.push({ path: 'items', code: 'TooManyItems', message: '', limit: limits.maxItems });
  return problems;
}
