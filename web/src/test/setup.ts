import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { loadStrings } from '../i18n';

// CLINIC_TEST_NOW (an ISO 8601 instant) moves the suite's "now", as it does for the .NET tests and the browser
// tests: every test starts on that instant and time runs from there. Unset, tests run on the real clock.
// Vitest runs on Node; the app's own types (the browser's) do not declare its process.
declare const process: { env: Record<string, string | undefined> };
const configuredNow = process.env.CLINIC_TEST_NOW;
if (configuredNow && Number.isNaN(Date.parse(configuredNow))) {
  throw new Error(`CLINIC_TEST_NOW must be an ISO 8601 instant such as 2027-03-28T00:30:00Z; it was '${configuredNow}'.`);
}

// Components are rendered on their own in unit tests, outside the routes that load strings in the app.
await Promise.all([loadStrings('patient'), loadStrings('staff'), loadStrings('payment')]);

// findBy… and waitFor give up after 1 s by default; on a busy machine a render can take longer than that.
configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  if (configuredNow) vi.useFakeTimers({ now: new Date(configuredNow), toFake: ['Date'], shouldAdvanceTime: true });
});

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
  if (configuredNow) vi.useRealTimers();
});
