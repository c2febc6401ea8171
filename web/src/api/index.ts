import { createBrowserFetch } from './browserFetch';
import { FormsClient, IdentityClient, IntegrationsClient, NotificationsClient, OperationsClient, SchedulingClient, WalletClient } from './client';

// '' = same origin: the .NET host serves the API next to the SPA, and Vite proxies /api in dev.
const baseUrl = '';

// Issuing a token is a GET, so this client needs no token of its own.
const tokenIssuer = new IdentityClient(baseUrl, { fetch: (url, init) => fetch(url, { ...init, credentials: 'same-origin' }) });
const http = createBrowserFetch(() => tokenIssuer.getAntiforgeryToken());

export const schedulingClient = new SchedulingClient(baseUrl, http);
export const identityClient = new IdentityClient(baseUrl, http);
export const operationsClient = new OperationsClient(baseUrl, http);
export const notificationsClient = new NotificationsClient(baseUrl, http);
export const walletClient = new WalletClient(baseUrl, http);
export const formsClient = new FormsClient(baseUrl, http);
export const integrationsClient = new IntegrationsClient(baseUrl, http);

export * from './client';
