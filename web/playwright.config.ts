import { defineConfig } from '@playwright/test';

// The caller starts the .NET host (API + built SPA + demo data); no webServer here.
export default defineConfig({
  testDir: './e2e',
  forbidOnly: !!process.env.CI,
  // One host and one database for all specs, and some specs change clinic-wide settings (hold minutes, the
  // cancellation policy) for a moment: specs run one at a time so none sees another's temporary settings.
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  use: {
    baseURL: process.env.CLINIC_BASE_URL ?? 'http://127.0.0.1:5080',
    locale: 'es-ES',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          // Playwright's own browser downloads are unavailable; use the system Chromium.
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
});
