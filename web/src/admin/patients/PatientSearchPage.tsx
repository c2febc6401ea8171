import { useEffect, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from '../../i18n';
import { PageTitle } from '../../layout/PageTitle';
import { PatientSummary } from './PatientSummary';
import { usePatientList } from './queries';

/** Waits for a pause in typing so each keystroke does not become a request. */
const searchDelayMs = 300;

/** Patients by name, email or phone; the search lives in the address so Back returns to the same results. */
export default function PatientSearchPage() {
  const { t } = useTranslation('staff');
  const [params, setParams] = useSearchParams();
  const term = params.get('q') ?? '';
  const [typed, setTyped] = useState(term);
  const [lastTerm, setLastTerm] = useState(term);
  if (term !== lastTerm) {
    // The address changed from outside (menu link, Back): the box follows it.
    setLastTerm(term);
    if (term !== typed.trim()) setTyped(term);
  }
  const inputId = useId();
  const list = usePatientList(term);

  useEffect(() => {
    if (typed.trim() === term) return;
    const timer = setTimeout(() => setParams(typed.trim() ? { q: typed.trim() } : {}, { replace: true }), searchDelayMs);
    return () => clearTimeout(timer);
  }, [typed, term, setParams]);

  const patients = list.data ?? [];
  const settled = !list.isFetching && list.isSuccess && typed.trim() === term;

  return (
    <>
      <PageTitle title={t('patients.heading')} />
      <h1>{t('patients.heading')}</h1>
      <form className="patient-search" role="search" onSubmit={(event) => {
        event.preventDefault();
        setParams(typed.trim() ? { q: typed.trim() } : {}, { replace: true });
      }}>
        <div className="field">
          <label htmlFor={inputId}>{t('patients.search.label')}</label>
          <p id={`${inputId}-hint`} className="field__hint">
            {t('patients.search.hint')}
          </p>
          <input
            id={inputId}
            type="search"
            autoComplete="off"
            maxLength={100}
            value={typed}
            aria-describedby={`${inputId}-hint`}
            onChange={(event) => setTyped(event.target.value)}
          />
        </div>
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
