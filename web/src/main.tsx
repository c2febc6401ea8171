import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { UNSAFE_createBrowserHistory, unstable_HistoryRouter as HistoryRouter } from 'react-router';
import { createQueryClient } from './api/queryClient';
import { App } from './app/App';
import { AppProviders } from './app/AppProviders';
import { loadStrings } from './i18n';
import { guardHistory } from './lib/navigationGuard';
import './styles.css';

// v5Compat: the history tells the router about pushes as well as Back/Forward (what BrowserRouter does).
const history = guardHistory(UNSAFE_createBrowserHistory({ v5Compat: true }));

// Every page starts with the patient strings of the active language; nothing is shown before they arrive. The first
// render is a transition, so React renders it in small slices and a phone's main thread is never blocked for long.
void loadStrings('patient').then(() => {
  const root = createRoot(document.getElementById('root')!);
  startTransition(() =>
    root.render(
      <StrictMode>
        <AppProviders queryClient={createQueryClient()}>
          <HistoryRouter history={history}>
            <App />
          </HistoryRouter>
        </AppProviders>
      </StrictMode>,
    ),
  );
});
