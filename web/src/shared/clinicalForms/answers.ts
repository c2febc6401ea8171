import { z } from 'zod';
import type { FormAnswer, FormContent, FormItem, LocalizedText } from '../../api';

export type Language = 'es' | 'en';

/** One item's answer as the form fields hold it (strings, as inputs give them). */
export interface AnswerValue {
  text?: string;
  choice?: string;
  choices?: string[];
  yesNo?: '' | 'yes' | 'no';
  followUp?: string;
  date?: string;
  number?: string;
  acknowledged?: boolean;
}

export type AnswerValues = Record<string, AnswerValue>;

export const limits = { shortText: 300, longText: 4000, followUp: 2000 };

export function textIn(text: LocalizedText | null | undefined, language: Language): string {
  if (!text) return '';
  const [first, second] = language === 'en' ? [text.en, text.es] : [text.es, text.en];
  return first?.trim() ? first : (second ?? '');
}

export const isContent = (item: FormItem) => item.type === 'Heading' || item.type === 'Paragraph';

/** The form's values from stored answers (a draft or a submission). */
export function toValues(content: FormContent, answers: FormAnswer[] | null | undefined): AnswerValues {
  const byId = new Map((answers ?? []).map((a) => [a.itemId, a]));
  const values: AnswerValues = {};
  for (const item of content.items) {
    if (isContent(item)) continue;
    const a = byId.get(item.id);
    values[item.id] = {
      text: a?.text ?? '',
      choice: item.type === 'SingleChoice' ? (a?.choices?.[0] ?? '') : undefined,
      choices: item.type === 'MultipleChoice' ? (a?.choices ?? []) : undefined,
      yesNo: a?.yesNo === true ? 'yes' : a?.yesNo === false ? 'no' : '',
      followUp: a?.followUp ?? '',
      date: a?.date ?? '',
      number: a?.number === null || a?.number === undefined ? '' : String(a.number),
      acknowledged: a?.acknowledged === true,
    };
  }
  return values;
}

const empty = (itemId: string): FormAnswer => ({
  itemId,
  text: null,
  choices: null,
  yesNo: null,
  followUp: null,
  date: null,
  number: null,
  acknowledged: null,
});

/** The answers the API takes: one per answered item, with only the field its type uses. */
export function toAnswers(content: FormContent, values: AnswerValues): FormAnswer[] {
  const answers: FormAnswer[] = [];
  for (const item of content.items) {
    const v = values[item.id];
    if (isContent(item) || !v) continue;
    const answer = empty(item.id);
    switch (item.type) {
      case 'ShortText':
      case 'LongText':
        if (!v.text?.trim()) continue;
        answer.text = v.text.trim();
        break;
      case 'SingleChoice':
        if (!v.choice) continue;
        answer.choices = [v.choice];
        break;
      case 'MultipleChoice':
        if (!v.choices?.length) continue;
        answer.choices = v.choices;
        break;
      case 'YesNo':
        if (!v.yesNo) continue;
        answer.yesNo = v.yesNo === 'yes';
        if (item.followUp && answer.yesNo === item.followUp.askWhen && v.followUp?.trim()) answer.followUp = v.followUp.trim();
        break;
      case 'Date':
        if (!v.date) continue;
        answer.date = v.date;
        break;
      case 'Number':
        if (v.number === undefined || v.number === '' || Number.isNaN(Number(v.number))) continue;
        answer.number = Number(v.number);
        break;
      case 'Acknowledgement':
        if (!v.acknowledged) continue;
        answer.acknowledged = true;
        break;
    }
    answers.push(answer);
  }
  return answers;
}

/** Error keys (under forms.renderer.errors) the same rules as the server's give, per item; empty when all is well. */
export type ItemError = { key: 'required' | 'followUp' | 'acknowledge' | 'tooLong' | 'oneLine' | 'min' | 'max' | 'number' | 'date'; values?: Record<string, number> };

export function checkItem(item: FormItem, v: AnswerValue | undefined, strict: boolean): ItemError | null {
  const required = strict && item.required;
  switch (item.type) {
    case 'ShortText':
    case 'LongText': {
      const text = v?.text?.trim() ?? '';
      const max = item.type === 'ShortText' ? limits.shortText : limits.longText;
      if (text.length > max) return { key: 'tooLong', values: { max } };
      if (item.type === 'ShortText' && text.includes('\n')) return { key: 'oneLine' };
      return required && !text ? { key: 'required' } : null;
    }
    case 'SingleChoice':
      return required && !v?.choice ? { key: 'required' } : null;
    case 'MultipleChoice':
      return required && !v?.choices?.length ? { key: 'required' } : null;
    case 'YesNo':
      if (required && !v?.yesNo) return { key: 'required' };
      if ((v?.followUp?.length ?? 0) > limits.followUp) return { key: 'tooLong', values: { max: limits.followUp } };
      if (strict && item.followUp?.required && v?.yesNo && (v.yesNo === 'yes') === item.followUp.askWhen && !v.followUp?.trim()) return { key: 'followUp' };
      return null;
    case 'Date':
      if (v?.date && Number.isNaN(Date.parse(v.date))) return { key: 'date' };
      return required && !v?.date ? { key: 'required' } : null;
    case 'Number': {
      if (!v?.number) return required ? { key: 'required' } : null;
      const n = Number(v.number);
      if (Number.isNaN(n)) return { key: 'number' };
      if (item.min !== null && item.min !== undefined && n < item.min) return { key: 'min', values: { min: item.min } };
      if (item.max !== null && item.max !== undefined && n > item.max) return { key: 'max', values: { max: item.max } };
      return null;
    }
    case 'Acknowledgement':
      return strict && !v?.acknowledged ? { key: 'acknowledge' } : null;
    default:
      return null;
  }
}

/** A zod schema checking every item of the version, so react-hook-form shows each problem next to its question. */
export function answersSchema(content: FormContent, strict: boolean) {
  return z.record(z.string(), z.any()).superRefine((values, ctx) => {
    for (const item of content.items) {
      if (isContent(item)) continue;
      const error = checkItem(item, (values as AnswerValues)[item.id], strict);
      // The message carries the translation key and its values; the renderer turns it into text next to the item.
      if (error) ctx.addIssue({ code: 'custom', path: [item.id], message: error.values ? `${error.key}|${JSON.stringify(error.values)}` : error.key });
    }
  });
}

/** Splits a message made by {@link answersSchema} into its translation key and values. */
export function parseError(message: string | undefined): ItemError | null {
  if (!message) return null;
  const [key, values] = message.split('|');
  return { key: key as ItemError['key'], values: values ? (JSON.parse(values) as Record<string, number>) : undefined };
}
