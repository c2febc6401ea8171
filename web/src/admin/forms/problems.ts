import type { Translate } from '../../i18n';

/** A content problem as the API reports it (FormDetails.publishProblems, a 422's `problems`). */
export interface ContentProblemLike {
  path: string;
  code?: string;
  message: string;
  limit?: number | null;
}

const codes = [
  'TextMissing', 'TextTooLong', 'ItemsMissing', 'TooManyItems', 'EntryMissing', 'InvalidId', 'DuplicateId', 'UnknownType',
  'AcknowledgementOutsideConsent', 'QuestionInInstructions', 'FollowUpNotOnYesNo', 'LimitsNotOnNumber', 'MaxBelowMin',
  'LimitOutOfRange', 'OptionsNotOnChoice', 'OptionCount', 'SpanishMissing', 'EnglishMissing', 'NoQuestion', 'NoAcknowledgement', 'NoParagraph',
] as const;
type Code = (typeof codes)[number];

/**
 * Where a problem is, in words: "items[2].options[0].text.en" → "Item 3 · Option 1 · English". The server's path
 * is exact but reads like code; staff read the editor's own names for its parts.
 */
export function problemLocation(path: string, t: Translate): string {
  const parts: string[] = [];
  for (const segment of path.replace(/^content\./, '').split('.')) {
    const indexed = /^(\w+)\[(\d+)\]$/.exec(segment);
    const name = indexed ? indexed[1] : segment;
    const number = indexed ? Number(indexed[2]) + 1 : undefined;
    switch (name) {
      case 'items':
        parts.push(number ? t('clinicalForms.admin.editor.where.item', { number }) : t('clinicalForms.admin.editor.where.items'));
        break;
      case 'options':
        parts.push(number ? t('clinicalForms.admin.editor.where.option', { number }) : t('clinicalForms.admin.editor.options'));
        break;
      case 'title':
        parts.push(t('clinicalForms.admin.editor.title'));
        break;
      case 'introduction':
        parts.push(t('clinicalForms.admin.editor.introduction'));
        break;
      case 'help':
        parts.push(t('clinicalForms.admin.editor.where.help'));
        break;
      case 'followUp':
        parts.push(t('clinicalForms.admin.editor.followUp'));
        break;
      case 'min':
        parts.push(t('clinicalForms.admin.editor.min'));
        break;
      case 'max':
        parts.push(t('clinicalForms.admin.editor.max'));
        break;
      case 'es':
        parts.push(t('clinicalForms.admin.editor.spanish'));
        break;
      case 'en':
        parts.push(t('clinicalForms.admin.editor.english'));
        break;
      case 'reuseAnswersForDays':
        parts.push(t('clinicalForms.admin.editor.reuse'));
        break;
      default:
        // text, id, type: the item already names the place well enough.
        break;
    }
  }
  return parts.join(' · ') || t('clinicalForms.admin.editor.where.form');
}

/** What is wrong, in the screen's language; a problem without a known code (a 400's field error) gets the general wording. */
export function problemMessage(problem: ContentProblemLike, t: Translate): string {
  const code = codes.find((known) => known === problem.code);
  if (!code) return t('clinicalForms.admin.editor.problems.notAccepted');
  return t(`clinicalForms.admin.editor.problems.${code satisfies Code}`, { limit: problem.limit ?? '' });
}

/** A 400's field errors as problems (no codes: the validation answer carries messages only). */
export function fieldErrorsAsProblems(errors: Record<string, string[]> | undefined): ContentProblemLike[] {
  return Object.entries(errors ?? {}).map(([path, messages]) => ({ path, message: messages[0] ?? '' }));
}
