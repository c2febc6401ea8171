import { useLocation, useRoutes } from 'react-router';
import { RouteErrorBoundary } from './RouteErrorBoundary';
import { routes } from './routes';

/** Every page: the route table rendered for the current address, with a way out if rendering fails. */
export function App() {
  const { pathname } = useLocation();
  return <RouteErrorBoundary resetKey={pathname}>{useRoutes(routes)}</RouteErrorBoundary>;
}
