import { useEffect } from 'react';
import { useClinicProfile } from '../api/queries';
import { useTranslation } from '../i18n';

/**
 * The tab's title: the page, then the clinic ("Servicios · Reserva tu tratamiento · Clínica Lumina"), in the active
 * language. Written to document.title rather than rendered as <title>: index.html's own <title> comes first in
 * <head>, so a hoisted second one would never be the one browsers and screen readers use.
 */
export function PageTitle({ title }: { title: string }) {
  const { t } = useTranslation();
  const clinicName = useClinicProfile().data?.name ?? t('layout.defaultClinicName');
  const text = `${title} · ${clinicName}`;
  useEffect(() => {
    document.title = text;
  }, [text]);
  return null;
}
