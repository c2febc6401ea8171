// Browser tests against the real product: the Debug host build serving the built SPA, on a
// throwaway SQLite folder seeded with the demo clinic, driven by Playwright in system Chromium.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost, waitForHealth, webDir } from './host.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}

const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = server.address();
    server.close(() => resolve(free));
  });
});
const url = `http://127.0.0.1:${port}`;
// CLINIC_TEST_NOW (ISO 8601) runs the whole product on another day: the host's development clock starts there and
// the specs move the browser's clock to match (support/test.ts), so the night clocks change or New Year's Eve can
// be tested on any date. Unset, host and browser use the real time.
const testNow = process.env.CLINIC_TEST_NOW;
if (testNow && Number.isNaN(Date.parse(testNow))) {
  console.error(`CLINIC_TEST_NOW must be an ISO 8601 instant such as 2027-03-28T00:30:00Z; it was '${testNow}'.`);
  process.exit(1);
}
const clockOffsetMs = testNow ? Date.parse(testNow) - Date.now() : 0;
const dataDirectory = mkdtempSync(join(tmpdir(), 'clinic-e2e-'));
// A fixed password for the throwaway clinic's first Admin, so specs can read staff pages (e.g. the SMS log).
const adminPassword = 'e2e Admin password 2026!';
// Every spec signs in from 127.0.0.1, more often than the per-address limit of a real clinic allows in a
// minute; the limit itself is covered by the integration tests.
const host = startHost({
  configuration: 'Debug',
  url,
  dataDirectory,
  quiet: true,
  extraArgs: [
    `--Identity:BootstrapAdmin:Password=${adminPassword}`,
    '--Identity:RateLimits:LoginAttemptsPerMinute=600',
    ...(testNow ? [`--Clock:StartAt=${testNow}`] : []),
  ],
});

let status = 1;
try {
  await waitForHealth(url);
  // Asynchronous, so this process keeps serving the host's pipes (see startHost) while the browser tests run.
  const playwright = spawn('npx', ['playwright', 'test', ...process.argv.slice(2)], {
    cwd: webDir,
    stdio: 'inherit',
    // CLINIC_DATA_DIR lets specs read what the host wrote there, e.g. the development mail adapter's .eml files.
    env: {
      ...process.env,
      CLINIC_BASE_URL: url,
      CLINIC_DATA_DIR: dataDirectory,
      CLINIC_ADMIN_PASSWORD: adminPassword,
      CLINIC_CLOCK_OFFSET_MS: String(clockOffsetMs),
    },
  });
  status = await new Promise((resolve) => playwright.once('exit', (code) => resolve(code ?? 1)));
} catch (error) {
  console.error(error.message);
} finally {
  host.kill('SIGTERM');
  await new Promise((resolve) => host.once('exit', resolve));
  rmSync(dataDirectory, { recursive: true, force: true });
}
process.exit(status);
