// `npm run perf` (not part of `npm test`): Lighthouse 12.2.3, mobile preset (simulated slow 4G, 4× CPU slowdown), on
// /book, /login and /portal of the real product: the Release host serving the production build, on a throwaway
// SQLite folder seeded with the demo clinic. /portal is measured signed in as a patient registered for the run.
// Prints performance, LCP, CLS, TBT and accessibility per page (the median of RUNS runs, 3 by default).
// Targets (issue #19): performance ≥ 95, LCP ≤ 2.5 s, CLS ≤ 0.1, accessibility 100.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDependencies, run, startHost, waitForHealth, webDir } from './host.mjs';

const chrome = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chrome)) {
  console.error(`Chromium not found at ${chrome}. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH.`);
  process.exit(1);
}
const runs = Number(process.env.RUNS ?? 3);
const targets = { performance: 95, lcpMs: 2500, cls: 0.1, accessibility: 100 };

ensureDependencies();
if (process.env.SKIP_BUILD !== '1') {
  run('npm', ['run', 'build'], { cwd: webDir });
  run('dotnet', ['build', 'src/Host/Clinic.Host', '-c', 'Release', '--nologo', '-v', 'quiet']);
}

const port = await new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = server.address();
    server.close(() => resolve(free));
  });
});
const url = `http://127.0.0.1:${port}`;
const dataDirectory = mkdtempSync(join(tmpdir(), 'clinic-perf-'));
const host = startHost({ configuration: 'Release', url, dataDirectory, quiet: true });

/** A tiny cookie jar: the API's antiforgery and session cookies, echoed like the browser does. */
const cookies = new Map();
async function api(method, path, body) {
  const headers = { 'content-type': 'application/json', cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') };
  if (cookies.has('XSRF-TOKEN')) headers['X-XSRF-TOKEN'] = decodeURIComponent(cookies.get('XSRF-TOKEN'));
  const response = await fetch(url + path, { method, headers, body: body && JSON.stringify(body) });
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const [name, ...value] = pair.split('=');
    cookies.set(name.trim(), value.join('='));
  }
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return response;
}

/** Registers a patient, follows the verification link from the development mailbox and logs in: the session cookie. */
async function patientSession() {
  const email = `perf-${Date.now()}@example.test`;
  const password = 'perf run password 2026';
  await api('GET', '/api/account/antiforgery');
  await api('POST', '/api/account/register', { firstName: 'Paula', lastName: 'Rendimiento', email, password, phone: null, birthDate: null, language: 'es', marketingConsent: false });
  const mailFolder = join(dataDirectory, 'mail');
  let token;
  for (let attempt = 0; attempt < 60 && !token; attempt++) {
    const mails = existsSync(mailFolder) ? readdirSync(mailFolder).map((name) => readFileSync(join(mailFolder, name), 'latin1')) : [];
    const mail = mails.find((text) => text.includes(email)) ?? '';
    token = /verify-email\?token=3D([A-Za-z0-9_-]+)|verify-email\?token=([A-Za-z0-9_-]+)/.exec(mail.replace(/=\r?\n/g, ''))?.slice(1).find(Boolean);
    if (!token) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (!token) throw new Error('The verification email did not arrive.');
  await api('POST', '/api/account/verify-email', { token });
  await api('POST', '/api/account/login', { email, password, recaptchaToken: null });
  return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
}

function lighthouse(path, extraHeaders) {
  const output = join(dataDirectory, `lighthouse-${path.replace(/\W/g, '') || 'root'}-${Date.now()}.json`);
  const args = [
    join(webDir, 'node_modules', 'lighthouse', 'cli', 'index.js'),
    url + path,
    '--quiet',
    '--output=json',
    `--output-path=${output}`,
    '--only-categories=performance,accessibility',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
  ];
  if (extraHeaders) args.push(`--extra-headers=${JSON.stringify(extraHeaders)}`);
  const result = spawnSync(process.execPath, args, { env: { ...process.env, CHROME_PATH: chrome }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`Lighthouse failed on ${path}`);
  const report = JSON.parse(readFileSync(output, 'utf8'));
  // A page that redirected elsewhere (the portal to /login without a session) would be measuring the wrong page.
  if (new URL(report.finalDisplayedUrl).pathname !== path) throw new Error(`${path} ended on ${report.finalDisplayedUrl}`);
  const audit = (id) => report.audits[id];
  return {
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    fcpMs: audit('first-contentful-paint').numericValue,
    lcpMs: audit('largest-contentful-paint').numericValue,
    tbtMs: audit('total-blocking-time').numericValue,
    cls: audit('cumulative-layout-shift').numericValue,
    transferredKiB: audit('total-byte-weight').numericValue / 1024,
    lcpElement: audit('largest-contentful-paint-element')?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? '',
    failedAccessibility: Object.values(report.audits)
      .filter((a) => report.categories.accessibility.auditRefs.some((ref) => ref.id === a.id && ref.weight > 0) && a.score !== null && a.score < 1)
      .map((a) => a.id),
  };
}

const median = (results) => [...results].sort((a, b) => a.performance - b.performance || b.lcpMs - a.lcpMs)[Math.floor(results.length / 2)];

let status = 1;
try {
  await waitForHealth(url);
  const session = await patientSession();
  const pages = [
    { path: '/book' },
    { path: '/login' },
    { path: '/portal', headers: { Cookie: session } },
  ];
  const rows = [];
  for (const page of pages) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(lighthouse(page.path, page.headers));
    rows.push({ path: page.path, ...median(results), all: results.map((r) => r.performance) });
  }

  const pad = (value, width) => String(value).padStart(width);
  console.log(`\nLighthouse 12.2.3, mobile (simulated slow 4G, 4× CPU), median of ${runs} run(s), ${url}\n`);
  console.log('page      perf   LCP (s)   CLS     TBT (ms)   FCP (s)   a11y   KiB   runs');
  let met = true;
  for (const row of rows) {
    const ok = row.performance >= targets.performance && row.lcpMs <= targets.lcpMs && row.cls <= targets.cls && row.accessibility >= targets.accessibility;
    met &&= ok;
    console.log(
      `${row.path.padEnd(8)} ${pad(row.performance, 5)} ${pad((row.lcpMs / 1000).toFixed(2), 9)} ${pad(row.cls.toFixed(3), 6)} ${pad(Math.round(row.tbtMs), 11)} ${pad((row.fcpMs / 1000).toFixed(2), 9)} ${pad(row.accessibility, 6)} ${pad(Math.round(row.transferredKiB), 5)}   ${row.all.join(', ')}${ok ? '' : '   ✖ below target'}`,
    );
    if (row.failedAccessibility.length > 0) console.log(`         accessibility audits not passed: ${row.failedAccessibility.join(', ')}`);
    if (process.env.VERBOSE) console.log(`         LCP element: ${row.lcpElement}`);
  }
  console.log(`\nTargets: performance ≥ ${targets.performance}, LCP ≤ ${targets.lcpMs / 1000} s, CLS ≤ ${targets.cls}, accessibility ${targets.accessibility}: ${met ? 'met' : 'NOT met'}.`);
  status = met ? 0 : 2;
} catch (error) {
  console.error(error.message);
} finally {
  host.kill('SIGTERM');
  await new Promise((resolve) => host.once('exit', resolve));
  rmSync(dataDirectory, { recursive: true, force: true });
}
process.exit(status);
