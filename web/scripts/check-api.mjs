// Fails when src/api/client.ts no longer matches what NSwag generates from the host's
// OpenAPI document, so a stale client cannot be committed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(webDir, 'src/api/client.ts');
const nswag = createRequire(import.meta.url).resolve('nswag/bin/nswag.js');
const tempDir = mkdtempSync(join(tmpdir(), 'clinic-api-'));
const fresh = join(tempDir, 'client.ts');

try {
  const result = spawnSync(process.execPath, [nswag, 'run', 'nswag.json', '/runtime:Net100', `/variables:Output=${fresh}`], {
    cwd: webDir,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    console.error('NSwag could not generate the client; see nswag.json for the OpenAPI input.');
    process.exitCode = 1;
  } else if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error('src/api/client.ts is stale: run `npm run gen:api` in web/ and commit the result.');
    process.exitCode = 1;
  } else {
    console.log('src/api/client.ts is up to date.');
  }
} finally {
  rmSync(tempDir, { recursive: true, force: true });
}
