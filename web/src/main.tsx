import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './AppProviders';
import { createQueryClient } from './api/queryClient';
import { loadStrings } from './i18n';
import { routes } from './routes';
import './styles.css';

const router = createBrowserRouter(routes);

// Every page starts with the patient strings of the active language; nothing is shown before they arrive.
void loadStrings('patient').then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProviders queryClient={createQueryClient()}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  ),
);
