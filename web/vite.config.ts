import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The .NET host serves the API (and, in production, this SPA) on one origin.
const apiTarget = process.env.CLINIC_API_URL ?? 'http://localhost:5080';
const proxy = Object.fromEntries(['/api', '/health', '/swagger'].map((path) => [path, apiTarget]));

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
  build: { outDir: 'dist' },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // A busy machine (CI, or the suite under load) can take seconds to render a page in jsdom; a slow test is not a failure.
    testTimeout: 30_000,
  },
});
