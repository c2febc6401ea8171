// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { initialLoad } from './initialLoad';

let dist: string;

afterEach(async () => {
  if (dist) await rm(dist, { recursive: true, force: true });
});

async function fakeBuild(files: Record<string, string>, manifest: object) {
  dist = await mkdtemp(join(tmpdir(), 'clinic-initial-load-'));
  await mkdir(join(dist, 'assets'));
  await mkdir(join(dist, '.vite'));
  await writeFile(join(dist, '.vite', 'manifest.json'), JSON.stringify(manifest));
  for (const [name, content] of Object.entries(files)) await writeFile(join(dist, name), content);
}

describe('initialLoad', () => {
  it('follows index.html’s entry through static imports, adds the larger startup strings and leaves lazy chunks out', async () => {
    await fakeBuild(
      {
        'index.html': '<script type="module" crossorigin src="/assets/index.js"></script><link rel="modulepreload" href="/assets/vendor.js">',
        'assets/index.js': 'a'.repeat(500),
        'assets/vendor.js': 'b'.repeat(300),
        'assets/shared.js': 'c'.repeat(200),
        'assets/es.js': 'español '.repeat(40),
        'assets/en.js': 'english',
        'assets/Admin.js': 'staff only',
      },
      {
        'index.html': { file: 'assets/index.js', src: 'index.html', isEntry: true, imports: ['_vendor.js'], dynamicImports: ['src/admin/Admin.tsx'], css: ['assets/index.css'] },
        '_vendor.js': { file: 'assets/vendor.js', imports: ['_shared.js'], dynamicImports: ['src/i18n/patient/es.ts', 'src/i18n/patient/en.ts'] },
        '_shared.js': { file: 'assets/shared.js' },
        'src/i18n/patient/es.ts': { file: 'assets/es.js', src: 'src/i18n/patient/es.ts', isDynamicEntry: true },
        'src/i18n/patient/en.ts': { file: 'assets/en.js', src: 'src/i18n/patient/en.ts', isDynamicEntry: true },
        'src/admin/Admin.tsx': { file: 'assets/Admin.js', src: 'src/admin/Admin.tsx', isDynamicEntry: true, imports: ['_shared.js'] },
      },
    );
    await writeFile(join(dist, 'assets/index.css'), 'body{}');

    const load = await initialLoad(dist);

    expect(load.scripts.map((chunk) => chunk.file).sort()).toEqual(['assets/es.js', 'assets/index.js', 'assets/shared.js', 'assets/vendor.js']);
    expect(load.styles.map((chunk) => chunk.file)).toEqual(['assets/index.css']);
    expect(load.gzipBytes).toBe(load.scripts.reduce((sum, chunk) => sum + chunk.gzipBytes, 0));
    expect(load.gzipBytes).toBeGreaterThan(0);
  });

  it('measures the precompressed copy the host sends when there is one', async () => {
    await fakeBuild(
      { 'index.html': '<script type="module" src="/assets/index.js"></script>', 'assets/index.js': 'x'.repeat(1000), 'assets/index.js.gz': '12345' },
      { 'index.html': { file: 'assets/index.js', isEntry: true } },
    );

    expect((await initialLoad(dist)).scripts).toEqual([{ file: 'assets/index.js', bytes: 1000, gzipBytes: 5, src: undefined }]);
  });
});
