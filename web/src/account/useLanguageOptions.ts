import { useTranslation } from '../i18n';

/** Language choices for a patient's emails and SMS, each named in itself. */
export function useLanguageOptions() {
  const { t } = useTranslation();
  return [
    { value: 'es', label: t('fields.languageEs'), lang: 'es' },
    { value: 'en', label: t('fields.languageEn'), lang: 'en' },
  ];
}
