import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { es } from './es';

export const languages = ['es', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'clinic.language';

function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

// Storage can throw (privacy modes, disabled cookies); the language choice is a nicety.
function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

export function detectLanguage(): Language {
  const stored = readStoredLanguage();
  if (isLanguage(stored)) return stored;
  return navigator.language?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Not persisted; the switch still applies to this visit.
  }
  await i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'es';
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: { es: { translation: es }, en: { translation: en } },
  lng: detectLanguage(),
  fallbackLng: 'es',
  supportedLngs: languages,
  interpolation: { escapeValue: false }, // React already escapes.
  initAsync: false,
});

export default i18n;
