import { useState } from 'react';
import { useController, type Control } from 'react-hook-form';
import { useTranslation } from '../../i18n';
import type { NewAppointmentValues } from './newAppointmentRules';
import { usePatientSearch } from './queries';

interface Props {
  control: Control<NewAppointmentValues>;
  /** The search box's id: the dialog focuses it when no patient is chosen. */
  searchId: string;
  /** Already translated. */
  error?: string;
}

/** Finds the patient by name, email or phone and picks one of the matches. */
export function PatientPicker({ control, searchId, error }: Props) {
  const { t } = useTranslation('staff');
  const [search, setSearch] = useState('');
  const patients = usePatientSearch(search);
  const { field } = useController({ control, name: 'patientId' });
  const searching = search.trim().length >= 2;
  const results = searching ? (patients.data ?? []).filter((patient) => !patient.mergedIntoId) : [];
  const hintId = `${searchId}-hint`;
  const errorId = `${searchId}-error`;

  return (
    <>
      <div className="field">
        <label htmlFor={searchId}>{t('calendar.newForm.patientSearch')}</label>
        <p id={hintId} className="field__hint">
          {t('calendar.newForm.patientHint')}
        </p>
        <input
          id={searchId}
          type="search"
          autoComplete="off"
          value={search}
          aria-invalid={error ? true : undefined}
          aria-describedby={[error ? errorId : null, hintId].filter(Boolean).join(' ')}
          onChange={(event) => setSearch(event.target.value)}
        />
        {error && (
          <p id={errorId} className="field__error">
            {error}
          </p>
        )}
      </div>
      <div role="status" className="new-appointment__search-state">
        {searching && patients.isFetching && t('calendar.newForm.searching')}
        {searching && !patients.isFetching && patients.isSuccess && results.length === 0 && t('calendar.newForm.noPatients')}
        {searching && patients.isError && t('calendar.newForm.searchError')}
      </div>
      {results.length > 0 && (
        <fieldset className="new-appointment__patients">
          <legend>{t('calendar.newForm.patient')}</legend>
          {results.map(({ profile }) => {
            const id = `${searchId}-${profile.id}`;
            return (
              <div key={profile.id} className="field field--checkbox">
                <input id={id} type="radio" name={field.name} checked={field.value === profile.id} onChange={() => field.onChange(profile.id)} />
                <label htmlFor={id}>
                  <strong>{`${profile.firstName} ${profile.lastName}`}</strong>
                  <span className="muted">{` · ${profile.email ?? t('calendar.newForm.noEmail')} · ${profile.phone ?? t('calendar.newForm.noPhone')}`}</span>
                </label>
              </div>
            );
          })}
        </fieldset>
      )}
    </>
  );
}
