import { OperationsClient, SchedulingClient } from './client';

// '' = same origin: the .NET host serves the API next to the SPA, and Vite proxies /api in dev.
const baseUrl = '';

export const schedulingClient = new SchedulingClient(baseUrl);
export const operationsClient = new OperationsClient(baseUrl);

export * from './client';
