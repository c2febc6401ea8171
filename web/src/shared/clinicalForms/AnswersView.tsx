import { useTranslation } from '../../i18n';
import type { FormAnswer, FormContent, FormItem } from '../../api';
import { isContent, textIn, type Language } from './answers';
import './clinicalForms.css';

/** Answers as given, next to the questions of the version they answer: read-only, for the patient and for staff. */
export function AnswersView({ content, answers, language }: { content: FormContent; answers: FormAnswer[]; language: Language }) {
  const { t } = useTranslation();
  const byId = new Map(answers.map((a) => [a.itemId, a]));
  return (
    <div className="clinical-answers" lang={language}>
      {content.items.map((item) => {
        if (item.type === 'Heading') return <h3 key={item.id}>{textIn(item.text, language)}</h3>;
        if (isContent(item)) return <p key={item.id}>{textIn(item.text, language)}</p>;
        const answer = byId.get(item.id);
        return (
          <dl key={item.id} className="clinical-answers__item">
            <dt>{textIn(item.text, language)}</dt>
            <dd>{answer ? describe(item, answer, language, t) : <span className="muted">{t('clinicalForms.medicalHistory.unanswered')}</span>}</dd>
          </dl>
        );
      })}
    </div>
  );
}

function describe(item: FormItem, answer: FormAnswer, language: Language, t: (key: 'clinicalForms.renderer.yes' | 'clinicalForms.renderer.no') => string): string {
  switch (item.type) {
    case 'YesNo':
      return `${answer.yesNo ? t('clinicalForms.renderer.yes') : t('clinicalForms.renderer.no')}${answer.followUp ? ` — ${answer.followUp}` : ''}`;
    case 'SingleChoice':
    case 'MultipleChoice':
      return (answer.choices ?? []).map((id) => textIn(item.options?.find((o) => o.id === id)?.text, language) || id).join(', ');
    case 'Acknowledgement':
      return answer.acknowledged ? '✓' : '';
    case 'Date':
      return answer.date ?? '';
    case 'Number':
      return answer.number === null || answer.number === undefined ? '' : String(answer.number);
    default:
      return answer.text ?? '';
  }
}
