import { useId } from 'react';
import { changeLanguage, currentLanguage, type Language, languages, useTranslation } from '../i18n';

// Each language is named in itself so a reader of the other language can still find it.
const languageNames: Record<Language, string> = { es: 'Español', en: 'English' };

export function LanguageSwitch() {
  const { t } = useTranslation();
  const id = useId();

  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('layout.language')}</label>
      <select id={id} value={currentLanguage()} onChange={(event) => void changeLanguage(event.target.value as Language)}>
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageNames[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
