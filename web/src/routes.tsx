import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { Layout } from './layout/Layout';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteError } from './pages/RouteError';

// Each audience gets its own chunk so patients on /book never download portal or admin code.
const BookPage = lazy(() => import('./booking/BookPage'));
const PortalPage = lazy(() => import('./pages/PortalPage'));
const AdminPage = lazy(() => import('./pages/AdminPage'));

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/book" replace /> },
      { path: 'book', element: <BookPage /> },
      { path: 'portal', element: <PortalPage /> },
      { path: 'admin', element: <AdminPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
