import { useTranslation } from '../../i18n';
import type { Language } from './answers';

/** The language forms are shown in: the one the patient reads the site in. */
export function useFormLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? 'en' : 'es';
}
