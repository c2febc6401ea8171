import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { RequireSignedIn } from './account/RequireSignedIn';
import { patientRoutes } from './admin/patients/routes';
import { Layout } from './layout/Layout';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteError } from './pages/RouteError';

// Each audience gets its own chunk so patients on /book never download portal or admin code.
const BookPage = lazy(() => import('./booking/BookPage'));
const PortalPage = lazy(() => import('./portal/PortalPage'));
const PortalSettingsPage = lazy(() => import('./portal/PortalSettingsPage'));
const FormRequestPage = lazy(() => import('./portal/forms/FormRequestPage'));
const MedicalHistoryPage = lazy(() => import('./portal/forms/MedicalHistoryPage'));
const AdminLayout = lazy(() => import('./admin/AdminLayout'));
const AdminPage = lazy(() => import('./admin/AdminPage'));
const SettingsPage = lazy(() => import('./admin/settings/SettingsPage'));
const SchedulesPage = lazy(() => import('./admin/schedules/SchedulesPage'));
const MessagesPage = lazy(() => import('./admin/messages/MessagesPage'));
const TeamPage = lazy(() => import('./admin/team/TeamPage'));
const FormsListPage = lazy(() => import('./admin/forms/FormsListPage'));
const FormEditorPage = lazy(() => import('./admin/forms/FormEditorPage'));
const AssistedFormPage = lazy(() => import('./admin/forms/AssistedFormPage'));
const LoginPage = lazy(() => import('./account/LoginPage'));
const RegisterPage = lazy(() => import('./account/RegisterPage'));
const VerifyEmailPage = lazy(() => import('./account/VerifyEmailPage'));
const ActivatePage = lazy(() => import('./account/ActivatePage'));
const ForgotPasswordPage = lazy(() => import('./account/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('./account/ResetPasswordPage'));

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/book" replace /> },
      { path: 'book', element: <BookPage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'verify-email', element: <VerifyEmailPage /> },
      { path: 'activate', element: <ActivatePage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      {
        path: 'portal',
        children: [
          { index: true, element: <RequireSignedIn><PortalPage /></RequireSignedIn> },
          { path: 'settings', element: <RequireSignedIn><PortalSettingsPage /></RequireSignedIn> },
          { path: 'forms/:requestId', element: <RequireSignedIn><FormRequestPage /></RequireSignedIn> },
          { path: 'medical-history', element: <RequireSignedIn><MedicalHistoryPage /></RequireSignedIn> },
        ],
      },
      {
        path: 'admin',
        element: <AdminLayout />,
        children: [
          { index: true, element: <AdminPage /> },
          patientRoutes,
          { path: 'settings', element: <SettingsPage /> },
          { path: 'schedules', element: <SchedulesPage /> },
          { path: 'messages', element: <MessagesPage /> },
          { path: 'team', element: <TeamPage /> },
          { path: 'forms', element: <FormsListPage /> },
          { path: 'forms/requests/:requestId', element: <AssistedFormPage /> },
          { path: 'forms/:formId', element: <FormEditorPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
