import { useClinicProfile } from '../api/queries';
import { useTranslation } from '../i18n';

/** Sets the document title (React 19 hoists <title> into <head>). */
export function PageTitle({ title }: { title: string }) {
  const { t } = useTranslation();
  const clinicName = useClinicProfile().data?.name ?? t('layout.defaultClinicName');
  return <title>{`${title} · ${clinicName}`}</title>;
}
