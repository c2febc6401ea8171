// The SPA's text, in Spanish and English, split by audience: patients' strings load at start, staff strings
// when the staff area opens and payment strings with the first card form (the card step, the portal's cards), each
// in the active language only, so /book never downloads what only staff read or what only a card form shows.
// A small runtime of our own instead of i18next (docs/adr/0013): interpolation ({{name}}) and plurals (_one/_other
// picked by Intl.PluralRules) are all the text needs, and keys are checked by the compiler.
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { PatientStrings } from './patient/es';
import type { PaymentStrings } from './payment/es';
import type { StaffStrings } from './staff/es';
import type { KeysOf } from './types';

export const languages = ['es', 'en'] as const;
export type Language = (typeof languages)[number];

/** Who reads a string: every page uses the patient strings (the shell, shared fields); /admin adds the staff ones. */
export type Audience = 'patient' | 'staff' | 'payment';

export type PatientKey = KeysOf<PatientStrings>;
export type StaffKey = KeysOf<StaffStrings>;
export type PaymentKey = KeysOf<PaymentStrings>;
/** Any key; a staff page may use patient strings (shared fields, errors) as well as its own. */
export type TranslationKey = PatientKey | StaffKey | PaymentKey;

export type TranslationParams = Record<string, unknown>;
export type Translate<Key extends string = TranslationKey> = (key: Key, params?: TranslationParams) => string;

interface StringTree {
  readonly [key: string]: string | StringTree;
}

// One literal import() per file, so the bundler makes each its own chunk and downloads only the one asked for.
const catalogs: Record<Audience, Record<Language, () => Promise<{ default: StringTree }>>> = {
  patient: { es: () => import('./patient/es'), en: () => import('./patient/en') },
  staff: { es: () => import('./staff/es'), en: () => import('./staff/en') },
  payment: { es: () => import('./payment/es'), en: () => import('./payment/en') },
};

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

let language: Language = detectLanguage();
/** The audiences some page has asked for; a language change loads each of them in the new language. */
const inUse = new Set<Audience>();
const loaded = new Map<string, Map<string, string>>();
const loading = new Map<string, Promise<Map<string, string>>>();
let table = new Map<string, string>();
let plurals = new Intl.PluralRules(language);
let changeSequence = 0;
const listeners = new Set<() => void>();

function flatten(tree: StringTree, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') into.set(prefix + key, value);
    else flatten(value, `${prefix}${key}.`, into);
  }
  return into;
}

function fetchStrings(audience: Audience, lang: Language): Promise<Map<string, string>> {
  const id = `${audience}.${lang}`;
  const done = loaded.get(id);
  if (done) return Promise.resolve(done);
  let pending = loading.get(id);
  if (!pending) {
    pending = catalogs[audience][lang]().then(
      (module) => {
        const strings = flatten(module.default);
        loaded.set(id, strings);
        loading.delete(id);
        return strings;
      },
      (error: unknown) => {
        // A failed download (offline, a deploy removed the chunk) may be retried by the next caller.
        loading.delete(id);
        throw error;
      },
    );
    loading.set(id, pending);
  }
  return pending;
}

function rebuild() {
  const next = new Map<string, string>();
  for (const audience of inUse) {
    for (const [key, value] of loaded.get(`${audience}.${language}`) ?? []) next.set(key, value);
  }
  table = next;
  plurals = new Intl.PluralRules(language);
  document.documentElement.lang = language;
  snapshot = createSnapshot();
  listeners.forEach((listener) => listener());
}

function lookup(key: string, params?: TranslationParams): string | undefined {
  const count = params?.count;
  if (typeof count === 'number') {
    const plural = table.get(`${key}_${plurals.select(count)}`) ?? table.get(`${key}_other`);
    if (plural !== undefined) return plural;
  }
  return table.get(key);
}

/** The text of a key in the active language, with {{name}} replaced from params; a missing key shows itself. */
function translate(key: string, params?: TranslationParams): string {
  return fill(key, lookup(key, params), params);
}

function fill(key: string, text: string | undefined, params?: TranslationParams): string {
  if (text === undefined) return key;
  if (!params) return text;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) => (name in params ? String(params[name] ?? '') : placeholder));
}

/**
 * Patient strings in a given language whatever the active one, or null while they download: the staff preview of a
 * form shows it exactly as a patient reading that language sees it (its "required", "Yes" and "No" included).
 */
export function usePatientStringsIn(lang: Language): Translate<PatientKey> | null {
  const [strings, setStrings] = useState<{ lang: Language; table: Map<string, string> } | null>(null);
  useEffect(() => {
    let current = true;
    void fetchStrings('patient', lang).then((table) => {
      if (current) setStrings({ lang, table });
    });
    return () => {
      current = false;
    };
  }, [lang]);
  return useMemo(() => {
    if (!strings || strings.lang !== lang) return null;
    const rules = new Intl.PluralRules(lang);
    return (key: string, params?: TranslationParams) => {
      const count = params?.count;
      const plural = typeof count === 'number' ? (strings.table.get(`${key}_${rules.select(count)}`) ?? strings.table.get(`${key}_other`)) : undefined;
      return fill(key, plural ?? strings.table.get(key), params);
    };
  }, [strings, lang]);
}

function exists(key: string): boolean {
  return table.has(key) || table.has(`${key}_other`);
}

/**
 * Makes an audience's strings available in the active language (and in every language switched to later).
 * Awaited before rendering what needs them: main.tsx for the patient strings, the /admin route for staff ones.
 */
export async function loadStrings(audience: Audience): Promise<void> {
  inUse.add(audience);
  // If the language changes while this downloads, changeLanguage fetches this audience too; wait for that one.
  for (let lang = language; ; lang = language) {
    await fetchStrings(audience, lang);
    if (lang === language) break;
  }
  rebuild();
}

/** Switches to another language and remembers the choice for the next visit. */
export async function changeLanguage(next: Language): Promise<void> {
  try {
    localStorage.setItem(storageKey, next);
  } catch {
    // Not persisted; the switch still applies to this visit.
  }
  await switchLanguage(next);
}

/** Switches for this page view only (what i18n.changeLanguage does, as in i18next). */
async function switchLanguage(next: Language): Promise<void> {
  const sequence = ++changeSequence;
  // Download first, switch after: the page never shows keys while the other language loads.
  await Promise.all([...inUse].map((audience) => fetchStrings(audience, next)));
  if (sequence !== changeSequence) return; // a later choice won
  language = next;
  rebuild();
}

export function currentLanguage(): Language {
  return language;
}

export interface I18n {
  /** The active language, also the locale for formatting. */
  language: Language;
  /** The same as language (kept so code written for i18next reads unchanged). */
  resolvedLanguage: Language;
  exists: (key: string) => boolean;
  changeLanguage: (language: Language) => Promise<void>;
}

interface Snapshot {
  t: Translate<string>;
  i18n: I18n;
}

function createSnapshot(): Snapshot {
  // A new function per change, so effects and memos that depend on t run again in the new language.
  return {
    t: (key, params) => translate(key, params),
    i18n: { language, resolvedLanguage: language, exists, changeLanguage: switchLanguage },
  };
}

let snapshot = createSnapshot();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The translate function and the active language; the component renders again when the language changes.
 * Patient pages call useTranslation() and may only use patient keys; staff pages call useTranslation('staff').
 */
export function useTranslation(): { t: Translate<PatientKey>; i18n: I18n };
export function useTranslation(audience: 'staff'): { t: Translate; i18n: I18n };
/** Card forms: payment keys and patient ones; their strings are loaded (loadStrings('payment')) before they render. */
export function useTranslation(audience: 'payment'): { t: Translate<PatientKey | PaymentKey>; i18n: I18n };
export function useTranslation(_audience?: 'staff' | 'payment'): Snapshot {
  return useSyncExternalStore(subscribe, () => snapshot);
}

/** For code outside components (tests, one-off messages). */
const i18n = {
  get language() {
    return language;
  },
  get resolvedLanguage() {
    return language;
  },
  exists,
  changeLanguage: switchLanguage,
  t: translate as Translate,
};

export default i18n;
