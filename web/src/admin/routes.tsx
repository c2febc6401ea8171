import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { NotFoundPage } from '../pages/NotFoundPage';
import { patientRoutes } from './patients/routes';

// The staff area's pages, relative to /admin. This table lives in the staff chunk: a patient's download holds only
// the one lazy /admin/* route (app/routes.tsx). Each page is its own chunk again.
const CalendarPage = lazy(() => import('./calendar/CalendarPage'));
const SettingsPage = lazy(() => import('./settings/SettingsPage'));
const SchedulesPage = lazy(() => import('./schedules/SchedulesPage'));
const MessagesPage = lazy(() => import('./messages/MessagesPage'));
const TeamPage = lazy(() => import('./team/TeamPage'));
const PaymentsPage = lazy(() => import('./wallet/PaymentsPage'));
const FormsListPage = lazy(() => import('./forms/FormsListPage'));
const FormEditorPage = lazy(() => import('./forms/FormEditorPage'));
const AssistedFormPage = lazy(() => import('./forms/AssistedFormPage'));
const IntegrationsPage = lazy(() => import('./integrations/IntegrationsPage'));

export const adminRoutes: RouteObject[] = [
  { index: true, element: <CalendarPage /> },
  patientRoutes,
  { path: 'settings', element: <SettingsPage /> },
  { path: 'schedules', element: <SchedulesPage /> },
  { path: 'payments', element: <PaymentsPage /> },
  { path: 'messages', element: <MessagesPage /> },
  { path: 'team', element: <TeamPage /> },
  { path: 'forms', element: <FormsListPage /> },
  { path: 'forms/requests/:requestId', element: <AssistedFormPage /> },
  { path: 'forms/:formId', element: <FormEditorPage /> },
  { path: 'integrations', element: <IntegrationsPage /> },
  { path: '*', element: <NotFoundPage /> },
];
