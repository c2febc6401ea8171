import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Its own chunk: the calendar's staff never download the patient screens until they open them.
const PatientsLayout = lazy(() => import('./PatientsLayout'));
const PatientSearchPage = lazy(() => import('./PatientSearchPage'));
const NewPatientPage = lazy(() => import('./NewPatientPage'));
const DuplicatesPage = lazy(() => import('./DuplicatesPage'));
const ActivationPage = lazy(() => import('./ActivationPage'));
const PatientRecordPage = lazy(() => import('./PatientRecordPage'));

/** /admin/patients and its pages, mounted under the staff area. */
export const patientRoutes: RouteObject = {
  path: 'patients',
  element: <PatientsLayout />,
  children: [
    { index: true, element: <PatientSearchPage /> },
    { path: 'new', element: <NewPatientPage /> },
    { path: 'duplicates', element: <DuplicatesPage /> },
    { path: 'activation', element: <ActivationPage /> },
    { path: ':patientId', element: <PatientRecordPage /> },
  ],
};
