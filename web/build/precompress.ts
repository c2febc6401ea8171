import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

// Text files compress well; images and fonts are compressed already.
const compressible = /\.(js|mjs|css|html|svg|json|txt|xml|webmanifest)$/;

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? filesUnder(join(folder, entry.name)) : Promise.resolve([join(folder, entry.name)]))),
  );
  return nested.flat();
}

/** Writes `file.br` and `file.gz` beside every compressible file of a folder, where that saves bytes. */
export async function precompressFolder(folder: string): Promise<void> {
  const files = (await filesUnder(folder)).filter((file) => compressible.test(file));
  await Promise.all(
    files.map(async (file) => {
      const content = await readFile(file);
      const brotli = brotliCompressSync(content, {
        params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
      });
      const gzip = gzipSync(content, { level: 9 });
      // A compressed copy bigger than the file (tiny files) would only cost the browser time.
      if (brotli.length < content.length) await writeFile(`${file}.br`, brotli);
      if (gzip.length < content.length) await writeFile(`${file}.gz`, gzip);
    }),
  );
}

/**
 * Compresses the build output once, at build time, at the highest levels (too slow to do per request): the .NET host
 * serves `x.js.br` or `x.js.gz` for `x.js` to browsers that accept them (see src/Host/Clinic.Host/SpaAssets.cs).
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'clinic:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/') ? config.build.outDir : join(config.root, config.build.outDir);
    },
    async closeBundle() {
      if ((await stat(outDir).catch(() => null))?.isDirectory()) await precompressFolder(outDir);
    },
  };
}
