import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { RequireSignedIn } from '../account/RequireSignedIn';
import BookPage from '../booking/BookPage';
import { loadStrings } from '../i18n';
import { Layout } from '../layout/Layout';
import { NotFoundPage } from '../pages/NotFoundPage';

// /book is the landing page (patients arrive from the clinic's link), so it is part of the first download;
// every other page is its own chunk, and the staff area with its strings never reaches a patient's phone.
const PortalPage = lazy(() => import('../portal/PortalPage'));
const PortalSettingsPage = lazy(() => import('../portal/PortalSettingsPage'));
const FormRequestPage = lazy(() => import('../portal/forms/FormRequestPage'));
const MedicalHistoryPage = lazy(() => import('../portal/forms/MedicalHistoryPage'));
// The staff area brings its own strings and page table: it renders once both have arrived.
const AdminLayout = lazy(() => Promise.all([import('../admin/AdminLayout'), loadStrings('staff')]).then(([module]) => module));
const LoginPage = lazy(() => import('../account/LoginPage'));
const RegisterPage = lazy(() => import('../account/RegisterPage'));
const VerifyEmailPage = lazy(() => import('../account/VerifyEmailPage'));
const ActivatePage = lazy(() => import('../account/ActivatePage'));
const ForgotPasswordPage = lazy(() => import('../account/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('../account/ResetPasswordPage'));
// The emailed pay link: a card form and its strings, nothing of /book.
const PayPage = lazy(() => Promise.all([import('../pages/PayPage'), loadStrings('payment')]).then(([module]) => module));

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to="/book" replace /> },
      { path: 'book', element: <BookPage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'verify-email', element: <VerifyEmailPage /> },
      { path: 'activate', element: <ActivatePage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      { path: 'pay/:token', element: <PayPage /> },
      {
        path: 'portal',
        children: [
          { index: true, element: <RequireSignedIn><PortalPage /></RequireSignedIn> },
          { path: 'settings', element: <RequireSignedIn><PortalSettingsPage /></RequireSignedIn> },
          { path: 'forms/:requestId', element: <RequireSignedIn><FormRequestPage /></RequireSignedIn> },
          { path: 'medical-history', element: <RequireSignedIn><MedicalHistoryPage /></RequireSignedIn> },
        ],
      },
      // The staff area declares its own pages (admin/routes.tsx), so none of them is known outside its chunk.
      { path: 'admin/*', element: <AdminLayout /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
