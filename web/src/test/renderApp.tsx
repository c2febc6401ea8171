import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { UNSAFE_createMemoryHistory, unstable_HistoryRouter as HistoryRouter } from 'react-router';
import { App } from '../app/App';
import { AppProviders } from '../app/AppProviders';
import { guardHistory } from '../lib/navigationGuard';

/** Renders the real route tree at `path`; callers mock `src/api` for server data. */
export function renderApp(path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const history = guardHistory(UNSAFE_createMemoryHistory({ initialEntries: [path], v5Compat: true }));
  return render(
    <AppProviders queryClient={queryClient}>
      <HistoryRouter history={history}>
        <App />
      </HistoryRouter>
    </AppProviders>,
  );
}
