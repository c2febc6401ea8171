import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

// What a first visit to /book downloads before the page can show anything, read from a build: index.html's module
// graph (its entry script and every chunk that imports statically, which index.html also preloads) plus the
// patient strings of one language, which main.tsx awaits before the first render. Everything else (later booking
// steps, other pages, staff strings, a payment widget) is a dynamic import and is not counted.

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface LoadedChunk {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** The source file the chunk is named after, when it has one. */
  src?: string;
}

export interface InitialLoad {
  scripts: LoadedChunk[];
  styles: LoadedChunk[];
  gzipBytes: number;
  /** Every source module in those scripts, for checks such as "no staff code" (needs the moduleMap plugin). */
  modules: string[];
}

/** Strings files that main.tsx awaits before rendering: one of them per language, the largest counts. */
const startupStrings = /^src\/i18n\/patient\/[a-z]{2}\.ts$/;

async function measure(dist: string, file: string, src?: string): Promise<LoadedChunk> {
  const content = await readFile(join(dist, file));
  // The precompressed copy is what the host sends; build it when a build skipped compression.
  const gzip = await readFile(join(dist, `${file}.gz`)).catch(() => gzipSync(content, { level: 9 }));
  return { file, bytes: content.length, gzipBytes: gzip.length, src };
}

export async function initialLoad(dist: string): Promise<InitialLoad> {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const manifest = JSON.parse(await readFile(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const referenced = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/([^"]+\.js)"/g)].map((match) => match[1]);
  if (referenced.length === 0) throw new Error('index.html references no script');

  const statics = new Set<string>();
  const visit = (key: string) => {
    if (statics.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the manifest`);
    statics.add(key);
    chunk.imports?.forEach(visit);
  };
  for (const file of referenced) {
    const key = byFile.get(file);
    if (!key) throw new Error(`index.html loads ${file}, which the manifest does not know`);
    visit(key);
  }

  const strings = [...statics]
    .flatMap((key) => manifest[key].dynamicImports ?? [])
    .filter((key) => startupStrings.test(manifest[key]?.src ?? key));
  const scripts = await Promise.all([...statics].map((key) => measure(dist, manifest[key].file, manifest[key].src)));
  const languages = await Promise.all([...new Set(strings)].map((key) => measure(dist, manifest[key].file, manifest[key].src)));
  const largestLanguage = languages.sort((a, b) => b.gzipBytes - a.gzipBytes)[0];
  if (largestLanguage) scripts.push(largestLanguage);
  const styles = await Promise.all([...new Set([...statics].flatMap((key) => manifest[key].css ?? []))].map((file) => measure(dist, file)));

  const moduleMap = JSON.parse(await readFile(join(dist, '.vite', 'modules.json'), 'utf8').catch(() => '{}')) as Record<string, string[]>;
  return {
    scripts,
    styles,
    gzipBytes: scripts.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
    modules: scripts.flatMap((chunk) => moduleMap[chunk.file] ?? []),
  };
}

/** Writes .vite/modules.json: the source modules bundled into each output file (the manifest names only one). */
export function moduleMap(): Plugin {
  return {
    name: 'clinic:module-map',
    apply: 'build',
    async writeBundle(options, bundle) {
      const modules: Record<string, string[]> = {};
      for (const [file, output] of Object.entries(bundle)) if (output.type === 'chunk') modules[file] = output.moduleIds;
      const folder = join(options.dir ?? 'dist', '.vite');
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, 'modules.json'), JSON.stringify(modules, null, 1));
    },
  };
}
