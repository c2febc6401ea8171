import { useCallback, useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import * as z from 'zod/mini';
import { optionalText } from '../../forms/rules';
import { TextField } from '../../forms/TextField';
import { useZodForm } from '../../forms/useZodForm';
import { useTranslation } from '../../i18n';
import { PageTitle } from '../../layout/PageTitle';
import { PatientSummary } from './PatientSummary';
import { usePatientList } from './queries';

/** Waits for a pause in typing so each keystroke does not become a request. */
const searchDelayMs = 300;
const maxSearchLength = 100;
const searchSchema = z.object({ q: optionalText(maxSearchLength) });

/** Patients by name, email or phone; the search lives in the address so Back returns to the same results. */
export default function PatientSearchPage() {
  const { t } = useTranslation('staff');
  const [params, setParams] = useSearchParams();
  const term = params.get('q') ?? '';
  const { register, handleSubmit, watch, setValue, getValues } = useZodForm(searchSchema, { defaultValues: { q: term } });
  const typed = watch('q');
  const list = usePatientList(term);
  const search = useCallback((value: string) => setParams(value.trim() ? { q: value.trim() } : {}, { replace: true }), [setParams]);

  // The address changed from outside (menu link, Back): the box follows it.
  useEffect(() => {
    if (getValues('q').trim() !== term) setValue('q', term);
  }, [term, getValues, setValue]);

  useEffect(() => {
    if (typed.trim() === term) return;
    const timer = setTimeout(() => search(typed), searchDelayMs);
    return () => clearTimeout(timer);
  }, [typed, term, search]);

  const patients = list.data ?? [];
  const settled = !list.isFetching && list.isSuccess && typed.trim() === term;

  return (
    <>
      <PageTitle title={t('patients.heading')} />
      <h1>{t('patients.heading')}</h1>
      <form className="patient-search" role="search" onSubmit={handleSubmit((values) => search(values.q))}>
        <TextField
          label={t('patients.search.label')}
          hint={t('patients.search.hint')}
          type="search"
          autoComplete="off"
          maxLength={maxSearchLength}
          registration={register('q')}
        />
      </form>

      <div role="status" className="patient-search__state">
        {(list.isPending || (list.isFetching && !list.isError)) && t('patients.search.loading')}
        {settled && patients.length === 0 && (term ? t('patients.search.empty', { search: term }) : t('patients.search.none'))}
        {settled && patients.length > 0 && (term ? t('patients.search.found', { count: patients.length }) : t('patients.search.newest', { count: patients.length }))}
      </div>
      {list.isError && (
        <div className="notice notice--error" role="alert">
          <p>{t('patients.search.error')}</p>
          <button type="button" className="button button--secondary" onClick={() => void list.refetch()}>
            {t('patients.retry')}
          </button>
        </div>
      )}

      {patients.length > 0 && (
        <ul className="patient-list" aria-label={t('patients.search.results')}>
          {patients.map((record) => (
            <li key={record.profile.id} className="patient-card">
              <PatientSummary record={record} headingLevel={2} link />
            </li>
          ))}
        </ul>
      )}
      {settled && patients.length === 0 && !term && (
        <p>
          <Link to="/admin/patients/new">{t('patients.nav.new')}</Link>
        </p>
      )}
    </>
  );
}
