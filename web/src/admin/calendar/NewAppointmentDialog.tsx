import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n';
import { ModalDialog } from '../../layout/ModalDialog';
import type { AppointmentDetails, StaffCatalog } from '../../api';
import { problemOf } from '../../api/problems';
import { formatMinutes } from '../../lib/format';
import { zonedIso } from './zonedTime';
import { useBookForPatient, usePatientSearch } from './queries';

export type NewAppointmentField = 'patient' | 'location' | 'provider' | 'services' | 'date' | 'time' | 'notes';

export interface NewAppointmentValues {
  patientId: string;
  locationId: string;
  providerId: string;
  serviceIds: string[];
  date: string;
  time: string;
  notes: string;
}

const fieldOrder: NewAppointmentField[] = ['patient', 'location', 'provider', 'services', 'date', 'time', 'notes'];

/** The i18n keys of what is missing, by field; empty when the form can be sent. */
export function validateNewAppointment(values: NewAppointmentValues): Partial<Record<NewAppointmentField, string>> {
  const errors: Partial<Record<NewAppointmentField, string>> = {};
  if (!values.patientId) errors.patient = 'calendar.newForm.required.patient';
  if (!values.locationId) errors.location = 'calendar.newForm.required.location';
  if (!values.providerId) errors.provider = 'calendar.newForm.required.provider';
  if (values.serviceIds.length === 0) errors.services = 'calendar.newForm.required.services';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) errors.date = 'calendar.newForm.required.date';
  if (!/^\d{2}:\d{2}$/.test(values.time)) errors.time = 'calendar.newForm.required.time';
  return errors;
}

interface Props {
  catalog: StaffCatalog;
  initialLocationId: string;
  initialProviderId?: string;
  onClose: () => void;
  onBooked: (details: AppointmentDetails) => void;
}

/** Staff book on a patient's behalf (phone, front desk); working hours do not bind them, double booking does. */
export function NewAppointmentDialog({ catalog, initialLocationId, initialProviderId, onClose, onBooked }: Props) {
  const { t, i18n } = useTranslation('staff');
  const headingId = useId();
  const ids = {
    patient: useId(),
    location: useId(),
    provider: useId(),
    services: useId(),
    date: useId(),
    time: useId(),
    notes: useId(),
  } satisfies Record<NewAppointmentField, string>;
  const hintId = useId();
  const book = useBookForPatient();

  const [search, setSearch] = useState('');
  const [values, setValues] = useState<NewAppointmentValues>({
    patientId: '',
    locationId: initialLocationId,
    providerId: initialProviderId ?? '',
    serviceIds: [],
    date: '',
    time: '',
    notes: '',
  });
  const [errors, setErrors] = useState<Partial<Record<NewAppointmentField, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const patients = usePatientSearch(search);

  const locations = catalog.locations.filter((l) => l.isActive);
  const location = locations.find((l) => l.id === values.locationId);
  const providers = catalog.providers.filter((p) => p.isActive && p.locationIds.includes(values.locationId));
  const provider = providers.find((p) => p.id === values.providerId);
  const services = catalog.services.filter((s) => s.isActive && provider?.serviceIds.includes(s.id));


  function update(next: Partial<NewAppointmentValues>) {
    setValues((current) => {
      const merged = { ...current, ...next };
      // A provider elsewhere, or services that provider does not perform, would only earn a 400.
      if (next.locationId !== undefined && !catalog.providers.find((p) => p.id === merged.providerId)?.locationIds.includes(merged.locationId)) {
        merged.providerId = '';
      }
      const performs = catalog.providers.find((p) => p.id === merged.providerId)?.serviceIds ?? [];
      merged.serviceIds = merged.serviceIds.filter((id) => performs.includes(id));
      return merged;
    });
  }

  function showErrors(next: Partial<Record<NewAppointmentField, string>>) {
    setErrors(next);
    const first = fieldOrder.find((field) => next[field]);
    if (!first) return;
    const target = first === 'services' ? document.querySelector<HTMLElement>(`#${CSS.escape(ids.services)} input`) : document.getElementById(ids[first]);
    target?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const found = validateNewAppointment(values);
    if (Object.keys(found).length > 0 || !location) {
      showErrors(found);
      return;
    }
    setErrors({});
    try {
      const details = await book.mutateAsync({
        patientId: values.patientId,
        locationId: values.locationId,
        providerId: values.providerId,
        serviceIds: values.serviceIds,
        startsAt: zonedIso(values.date, values.time, location.timeZone),
        notes: values.notes.trim() || null,
      });
      onBooked(details);
    } catch (caught) {
      const problem = problemOf(caught);
      if (problem.status === 409) {
        showErrors({ time: 'calendar.newForm.taken' });
      } else if (problem.status === 400 && problem.errors) {
        const mapped: Partial<Record<NewAppointmentField, string>> = {};
        for (const [key, messages] of Object.entries(problem.errors)) {
          const field = serverField(key);
          if (field && !mapped[field]) mapped[field] = messages[0] ?? 'calendar.invalid';
        }
        if (Object.keys(mapped).length > 0) showErrors(mapped);
        else setFailure(t('calendar.invalid'));
      } else if (problem.status === 400 || problem.status === 404 || problem.status === 422) {
        setFailure(problem.detail ? `${t('calendar.invalid')} ${problem.detail}` : t('calendar.invalid'));
      } else {
        setFailure(t('errors.unexpected'));
      }
    }
  }

  const describedBy = (field: NewAppointmentField, ...extra: string[]) =>
    [errors[field] ? `${ids[field]}-error` : '', ...extra].filter(Boolean).join(' ') || undefined;
  const errorText = (field: NewAppointmentField) => {
    const message = errors[field];
    if (!message) return null;
    return (
      <p id={`${ids[field]}-error`} className="field__error">
        {/* Our own messages are i18n keys; the server's arrive as text. */}
        {message.startsWith('calendar.') ? (t as (key: string) => string)(message) : message}
      </p>
    );
  };
  const results = search.trim().length >= 2 ? (patients.data ?? []).filter((p) => !p.mergedIntoId) : [];

  return (
    <ModalDialog heading={t('calendar.newForm.heading')} onClose={onClose} closeLabel={t('calendar.details.close')} headingId={headingId} initialFocus='input[type="search"]'>

      <form className="new-appointment" noValidate onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor={ids.patient}>{t('calendar.newForm.patientSearch')}</label>
          <p id={`${ids.patient}-hint`} className="field__hint">
            {t('calendar.newForm.patientHint')}
          </p>
          <input
            id={ids.patient}
            type="search"
            autoComplete="off"
            value={search}
            aria-invalid={errors.patient ? true : undefined}
            aria-describedby={describedBy('patient', `${ids.patient}-hint`)}
            onChange={(event) => setSearch(event.target.value)}
          />
          {errorText('patient')}
        </div>
        <div role="status" className="new-appointment__search-state">
          {search.trim().length >= 2 && patients.isFetching && t('calendar.newForm.searching')}
          {search.trim().length >= 2 && !patients.isFetching && patients.isSuccess && results.length === 0 && t('calendar.newForm.noPatients')}
          {search.trim().length >= 2 && patients.isError && t('calendar.newForm.searchError')}
        </div>
        {results.length > 0 && (
          <fieldset className="new-appointment__patients">
            <legend>{t('calendar.newForm.patient')}</legend>
            {results.map(({ profile }) => {
              const id = `${ids.patient}-${profile.id}`;
              return (
                <div key={profile.id} className="field field--checkbox">
                  <input
                    id={id}
                    type="radio"
                    name={`${ids.patient}-choice`}
                    checked={values.patientId === profile.id}
                    onChange={() => update({ patientId: profile.id })}
                  />
                  <label htmlFor={id}>
                    <strong>{`${profile.firstName} ${profile.lastName}`}</strong>
                    <span className="muted">{` · ${profile.email ?? t('calendar.newForm.noEmail')} · ${profile.phone ?? t('calendar.newForm.noPhone')}`}</span>
                  </label>
                </div>
              );
            })}
          </fieldset>
        )}

        <div className="field">
          <label htmlFor={ids.location}>{t('calendar.location')}</label>
          <select
            id={ids.location}
            value={values.locationId}
            aria-invalid={errors.location ? true : undefined}
            aria-describedby={describedBy('location')}
            onChange={(event) => update({ locationId: event.target.value })}
          >
            {locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
          {errorText('location')}
        </div>

        <div className="field">
          <label htmlFor={ids.provider}>{t('calendar.provider')}</label>
          <select
            id={ids.provider}
            value={values.providerId}
            aria-invalid={errors.provider ? true : undefined}
            aria-describedby={describedBy('provider')}
            onChange={(event) => update({ providerId: event.target.value })}
          >
            <option value="">{t('calendar.newForm.chooseProvider')}</option>
            {providers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </select>
          {errorText('provider')}
        </div>

        <fieldset id={ids.services} className="new-appointment__services" aria-describedby={describedBy('services')}>
          <legend>{t('calendar.newForm.services')}</legend>
          {!provider && <p className="field__hint">{t('calendar.newForm.servicesFirstProvider')}</p>}
          {services.map((service) => {
            const id = `${ids.services}-${service.id}`;
            return (
              <div key={service.id} className="field field--checkbox">
                <input
                  id={id}
                  type="checkbox"
                  checked={values.serviceIds.includes(service.id)}
                  onChange={(event) =>
                    update({
                      serviceIds: event.target.checked ? [...values.serviceIds, service.id] : values.serviceIds.filter((s) => s !== service.id),
                    })
                  }
                />
                <label htmlFor={id}>
                  {service.name} · {formatMinutes(service.durationMinutes, i18n.language)}
                </label>
              </div>
            );
          })}
          {errorText('services')}
        </fieldset>

        <p id={hintId} className="field__hint">
          {t('calendar.rescheduleForm.hint', { zone: location?.timeZone ?? '' })}
        </p>
        <div className="field">
          <label htmlFor={ids.date}>{t('calendar.newForm.date')}</label>
          <input
            id={ids.date}
            type="date"
            value={values.date}
            aria-invalid={errors.date ? true : undefined}
            aria-describedby={describedBy('date', hintId)}
            onChange={(event) => update({ date: event.target.value })}
          />
          {errorText('date')}
        </div>
        <div className="field">
          <label htmlFor={ids.time}>{t('calendar.newForm.time')}</label>
          <input
            id={ids.time}
            type="time"
            step={300}
            value={values.time}
            aria-invalid={errors.time ? true : undefined}
            aria-describedby={describedBy('time', hintId)}
            onChange={(event) => update({ time: event.target.value })}
          />
          {errorText('time')}
        </div>
        <div className="field">
          <label htmlFor={ids.notes}>{t('calendar.newForm.notes')}</label>
          <textarea
            id={ids.notes}
            rows={2}
            maxLength={1000}
            value={values.notes}
            aria-invalid={errors.notes ? true : undefined}
            aria-describedby={describedBy('notes')}
            onChange={(event) => update({ notes: event.target.value })}
          />
          {errorText('notes')}
        </div>

        {failure && (
          <p role="alert" className="notice notice--error">
            {failure}
          </p>
        )}
        <button type="submit" className="button" disabled={book.isPending}>
          {book.isPending ? t('calendar.newForm.submitting') : t('calendar.newForm.submit')}
        </button>
      </form>
    </ModalDialog>
  );
}

function serverField(key: string): NewAppointmentField | undefined {
  const name = key.charAt(0).toLowerCase() + key.slice(1);
  const map: Record<string, NewAppointmentField> = {
    patientId: 'patient',
    locationId: 'location',
    providerId: 'provider',
    serviceIds: 'services',
    startsAt: 'time',
    notes: 'notes',
  };
  return map[name.replace(/\[\d+\]$/, '')];
}
