import { usePatientStringsIn, useTranslation, type PatientKey, type Translate } from '../../i18n';
import type { Language } from './answers';

/** The language forms are shown in: the one the patient reads the site in. */
export function useFormLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? 'en' : 'es';
}

/**
 * The words around a form's own text (required, Yes/No, error messages) in the form's language: the patient's own
 * language in the portal, the chosen one in the builder's preview.
 */
export function useFormWords(language: Language): Translate<PatientKey> {
  const { t, i18n } = useTranslation();
  const other = usePatientStringsIn(language);
  return language === i18n.language ? t : (other ?? t);
}
