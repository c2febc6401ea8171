import { useId, useState } from 'react';
import type { AppointmentDetails, StaffCatalog } from '../../api';
import { problemOf } from '../../api/problems';
import { useFieldErrors } from '../../forms/errors';
import { SelectField } from '../../forms/SelectField';
import { TextAreaField } from '../../forms/TextAreaField';
import { TextField } from '../../forms/TextField';
import { useZodForm } from '../../forms/useZodForm';
import { useTranslation } from '../../i18n';
import { ModalDialog } from '../../layout/ModalDialog';
import { maxNotesLength } from './calendarRules';
import { fieldOrder, newAppointmentSchema, serverField, type NewAppointmentField, type NewAppointmentValues } from './newAppointmentRules';
import { PatientPicker } from './PatientPicker';
import { useBookForPatient } from './queries';
import { ServiceChoices } from './ServiceChoices';
import { zonedIso } from './zonedTime';

interface Props {
  catalog: StaffCatalog;
  initialLocationId: string;
  initialProviderId?: string;
  onClose: () => void;
  onBooked: (details: AppointmentDetails) => void;
}

/** Staff book on a patient's behalf (phone, front desk); working hours do not bind them, double booking does. */
export function NewAppointmentDialog({ catalog, initialLocationId, initialProviderId, onClose, onBooked }: Props) {
  const { t } = useTranslation('staff');
  const headingId = useId();
  const searchId = useId();
  const hintId = useId();
  const book = useBookForPatient();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, setFocus, setValue, getValues, watch, formState } = useZodForm(newAppointmentSchema, {
    defaultValues: { patientId: '', locationId: initialLocationId, providerId: initialProviderId ?? '', serviceIds: [], date: '', time: '', notes: '' },
    // The patient's "field" is the search box, which the form does not hold: focus is placed by hand below.
    shouldFocusError: false,
  });
  const fieldError = useFieldErrors(formState.errors);

  const locationId = watch('locationId');
  const providerId = watch('providerId');
  const locations = catalog.locations.filter((l) => l.isActive);
  const location = locations.find((l) => l.id === locationId);
  const providers = catalog.providers.filter((p) => p.isActive && p.locationIds.includes(locationId));
  const provider = providers.find((p) => p.id === providerId);
  const services = catalog.services.filter((s) => s.isActive && provider?.serviceIds.includes(s.id));

  // A provider elsewhere, or services that provider does not perform, would only earn a 400.
  const reconcile = () => {
    const current = getValues();
    const chosen = catalog.providers.find((p) => p.id === current.providerId);
    if (!chosen?.locationIds.includes(current.locationId)) setValue('providerId', '');
    const performs = catalog.providers.find((p) => p.id === getValues('providerId'))?.serviceIds ?? [];
    const kept = current.serviceIds.filter((id) => performs.includes(id));
    if (kept.length !== current.serviceIds.length) setValue('serviceIds', kept);
  };

  const focus = (field: NewAppointmentField) => {
    if (field === 'patientId') document.getElementById(searchId)?.focus();
    else setFocus(field);
  };
  const focusFirst = (fields: readonly NewAppointmentField[]) => {
    const first = fieldOrder.find((field) => fields.includes(field));
    if (first) focus(first);
  };

  const onValid = async (values: NewAppointmentValues) => {
    setFailure(null);
    if (!location) return;
    try {
      const details = await book.mutateAsync({
        patientId: values.patientId,
        locationId: values.locationId,
        providerId: values.providerId,
        serviceIds: values.serviceIds,
        startsAt: zonedIso(values.date, values.time, location.timeZone),
        notes: values.notes || null,
      });
      onBooked(details);
    } catch (caught) {
      const problem = problemOf(caught);
      if (problem.status === 409) {
        setError('time', { type: 'server', message: 'calendar.newForm.taken' });
        focus('time');
      } else if (problem.status === 400 && problem.errors) {
        const named = Object.entries(problem.errors).flatMap(([key, messages]) => {
          const field = serverField(key);
          return field ? [{ field, message: messages[0] ?? 'calendar.invalid' }] : [];
        });
        named.forEach(({ field, message }) => setError(field, { type: 'server', message }));
        if (named.length > 0) focusFirst(named.map(({ field }) => field));
        else setFailure(t('calendar.invalid'));
      } else if (problem.status === 400 || problem.status === 404 || problem.status === 422) {
        setFailure(problem.detail ? `${t('calendar.invalid')} ${problem.detail}` : t('calendar.invalid'));
      } else {
        setFailure(t('errors.unexpected'));
      }
    }
  };

  return (
    <ModalDialog
      heading={t('calendar.newForm.heading')}
      onClose={onClose}
      closeLabel={t('calendar.details.close')}
      headingId={headingId}
      initialFocus='input[type="search"]'
    >
      <form
        className="new-appointment"
        noValidate
        onSubmit={handleSubmit(onValid, (errors) => focusFirst(fieldOrder.filter((field) => errors[field])))}
      >
        <PatientPicker control={control} searchId={searchId} error={fieldError('patientId')} />
        <SelectField
          label={t('calendar.location')}
          options={locations.map((l) => ({ value: l.id, label: l.name }))}
          registration={register('locationId', { onChange: reconcile })}
          error={fieldError('locationId')}
        />
        <SelectField
          label={t('calendar.provider')}
          options={[{ value: '', label: t('calendar.newForm.chooseProvider') }, ...providers.map((p) => ({ value: p.id, label: p.displayName }))]}
          registration={register('providerId', { onChange: reconcile })}
          error={fieldError('providerId')}
        />
        <ServiceChoices control={control} services={services} providerChosen={!!provider} error={fieldError('serviceIds')} />
        <p id={hintId} className="field__hint">
          {t('calendar.rescheduleForm.hint', { zone: location?.timeZone ?? '' })}
        </p>
        <TextField label={t('calendar.newForm.date')} type="date" describedBy={hintId} registration={register('date')} error={fieldError('date')} />
        <TextField label={t('calendar.newForm.time')} type="time" step={300} describedBy={hintId} registration={register('time')} error={fieldError('time')} />
        <TextAreaField label={t('calendar.newForm.notes')} rows={2} maxLength={maxNotesLength} registration={register('notes')} error={fieldError('notes')} />
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
