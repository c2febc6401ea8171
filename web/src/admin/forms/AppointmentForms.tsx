import { useTranslation } from '../../i18n';
import { textIn } from '../../shared/clinicalForms/answers';
import { useFormLanguage } from '../../shared/clinicalForms/language';
import { useAppointmentForms } from './queries';

/** "Formularios: 2 de 3 completados" in the appointment dialog, so the provider knows before starting (ST4). */
export function AppointmentForms({ appointmentId }: { appointmentId: string }) {
  const { t } = useTranslation('staff');
  const language = useFormLanguage();
  const forms = useAppointmentForms(appointmentId);
  if (forms.isPending || forms.isError) return null;
  if (!forms.data || forms.data.total === 0) return <p className="muted">{t('clinicalForms.calendar.none')}</p>;
  const pending = forms.data.requests.filter((r) => r.status === 'Pending' && r.kind !== 'PostTreatmentInstructions').map((r) => textIn(r.title, language));
  return (
    <div data-testid="appointment-forms">
      <p>
        <strong>{t('clinicalForms.calendar.status', { done: forms.data.done, total: forms.data.total })}</strong>
      </p>
      {pending.length > 0 && <p className="muted">{t('clinicalForms.calendar.pending', { titles: pending.join(', ') })}</p>}
    </div>
  );
}
