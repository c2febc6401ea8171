import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadStrings } from '../i18n';

// Components are rendered on their own in unit tests, outside the routes that load strings in the app.
await Promise.all([loadStrings('patient'), loadStrings('staff')]);

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});
