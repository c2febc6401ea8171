import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { inlineEntryCss } from './build/inlineEntryCss.ts';
import { precompress } from './build/precompress.ts';
import { startupPreloads } from './build/startupPreloads.ts';

// The .NET host serves the API (and, in production, this SPA) on one origin.
const apiTarget = process.env.CLINIC_API_URL ?? 'http://localhost:5080';
const proxy = Object.fromEntries(['/api', '/health', '/swagger'].map((path) => [path, apiTarget]));

export default defineConfig({
  plugins: [react(), startupPreloads(), inlineEntryCss(), precompress()],
  server: { proxy },
  preview: { proxy },
  build: { outDir: 'dist' },
  test: {
    // A busy machine (CI, or the suite under load) can take seconds to render a page in jsdom; a slow test is not a failure.
    testTimeout: 30_000,
    projects: [
      // The SPA's components and logic, in a simulated browser.
      { extends: true, test: { name: 'app', environment: 'jsdom', include: ['src/**/*.test.{ts,tsx}'], setupFiles: ['src/test/setup.ts'] } },
      // The build itself (the /book budget), in Node.
      { extends: true, test: { name: 'build', environment: 'node', include: ['build/**/*.test.ts'] } },
    ],
  },
});
