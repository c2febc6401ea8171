import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { formsClient } from '../../api';
import { useTranslation } from '../../i18n';
import { textIn } from '../../shared/clinicalForms/answers';
import { useFormLanguage } from '../../shared/clinicalForms/language';
import { useStaffCatalog } from '../queries';
import { useForms } from './queries';

/**
 * Assigning from the service's side (ST3): pick a treatment, tick the forms its patients receive. The same
 * assignment the form's own page edits, seen the other way round.
 */
export function ServiceFormsSection() {
  const { t } = useTranslation('staff');
  const language = useFormLanguage();
  const id = useId();
  const queryClient = useQueryClient();
  const catalog = useStaffCatalog();
  const forms = useForms(undefined, 'Active');
  const [serviceId, setServiceId] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setSelected((forms.data ?? []).filter((form) => form.serviceIds.includes(serviceId)).map((form) => form.id));
    setStatus('');
  }, [serviceId, forms.data]);

  async function save() {
    setBusy(true);
    setStatus('');
    try {
      await formsClient.setServiceForms(serviceId, { formIds: selected });
      await queryClient.invalidateQueries({ queryKey: ['admin', 'forms'] });
      setStatus(t('clinicalForms.admin.byService.saved'));
    } catch {
      setStatus(t('errors.unexpected'));
    } finally {
      setBusy(false);
    }
  }

  const services = catalog.data?.services ?? [];
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('clinicalForms.admin.byService.heading')}</h2>
      <p>{t('clinicalForms.admin.byService.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-service`}>{t('clinicalForms.admin.byService.service')}</label>
        <select id={`${id}-service`} value={serviceId} onChange={(event) => setServiceId(event.target.value)}>
          <option value="">{t('clinicalForms.admin.byService.choose')}</option>
          {services.map((service) => (
            <option key={service.id} value={service.id}>
              {service.name}
            </option>
          ))}
        </select>
      </div>
      {serviceId && forms.data && (
        <>
          <fieldset className="field" style={{ border: 0, padding: 0 }}>
            <legend>{t('clinicalForms.admin.byService.forms')}</legend>
            {forms.data.map((form) => {
              const title = textIn(form.title, language) || t('clinicalForms.admin.untitled');
              return (
                <div key={form.id} className="field--checkbox">
                  <input
                    id={`${id}-${form.id}`}
                    type="checkbox"
                    checked={selected.includes(form.id)}
                    onChange={(event) => setSelected((now) => (event.target.checked ? [...now, form.id] : now.filter((formId) => formId !== form.id)))}
                  />
                  <label htmlFor={`${id}-${form.id}`}>
                    {title} <span className="muted">· {t(`clinicalForms.kinds.${form.kind}`)}</span>
                  </label>
                </div>
              );
            })}
          </fieldset>
          <button type="button" className="button" disabled={busy} onClick={() => void save()}>
            {t('clinicalForms.admin.byService.save')}
          </button>
        </>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
