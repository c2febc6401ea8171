// @vitest-environment node
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialLoad, moduleMap, type InitialLoad } from './initialLoad';

// Patients open /book on a phone, often on a slow connection: what it downloads before it can show anything has a
// budget (issue #19). Measured on a fresh production build, whether or not `npm run build` ran.
const budgetBytes = 120_000;
/** Code only staff use, or only a later step may load (a payment widget before the card step). */
const notOnFirstLoad = [/\/src\/admin\//, /\/src\/i18n\/staff\//, /node_modules\/@stripe\//, /node_modules\/@fullcalendar\//, /node_modules\/temporal-polyfill\//];

const webDir = join(dirname(fileURLToPath(import.meta.url)), '..');
let dist: string;
let load: InitialLoad;

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'clinic-budget-'));
  // Vitest runs with NODE_ENV=test, which would give React's development build; measure what production ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({
    mode: 'production',
    configFile: join(webDir, 'vite.config.ts'),
    root: webDir,
    logLevel: 'error',
    plugins: [moduleMap()],
    build: { outDir: dist, emptyOutDir: true, manifest: true },
  }).finally(() => {
    process.env.NODE_ENV = nodeEnv;
  });
  load = await initialLoad(dist);
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  console.info(
    [`/book initial JavaScript: ${kb(load.gzipBytes)} gzip (budget ${kb(budgetBytes)})`, ...load.scripts.map((chunk) => `  ${chunk.file.padEnd(40)} ${kb(chunk.gzipBytes).padStart(9)}  ${chunk.src ?? ''}`)].join('\n'),
  );
}, 300_000);

afterAll(async () => {
  if (dist) await rm(dist, { recursive: true, force: true });
});

describe('/book first load', () => {
  it(`stays within ${budgetBytes / 1000} kB of gzipped JavaScript`, () => {
    expect(load.scripts.length).toBeGreaterThan(1);
    expect(load.gzipBytes).toBeLessThanOrEqual(budgetBytes);
  });

  it('carries the booking page and the patient strings of one language, nothing staff-only and no payment widget', () => {
    expect(load.modules.some((id) => id.endsWith('/src/booking/BookPage.tsx'))).toBe(true);
    expect(load.scripts.filter((chunk) => /src\/i18n\//.test(chunk.src ?? '')).map((chunk) => chunk.src)).toEqual([expect.stringMatching(/^src\/i18n\/patient\/(es|en)\.ts$/)]);
    expect(load.modules.filter((id) => notOnFirstLoad.some((pattern) => pattern.test(id)))).toEqual([]);
  });
});
