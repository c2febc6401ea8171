// Starting the .NET host from Node: shared by `npm start` and the browser tests so both run
// the product the same way (built SPA + API in one process, SQLite files, demo clinic).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const webDir = join(repoRoot, 'web');

/** Runs a command in the foreground and stops the whole script if it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: repoRoot, ...options });
  if (result.status !== 0) {
    console.error(`\n✖ ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

/** Installs what a fresh clone lacks: the SPA's packages and the repo's .NET tools. */
export function ensureDependencies() {
  if (!existsSync(join(webDir, 'node_modules'))) {
    run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: webDir });
  }
  run('dotnet', ['tool', 'restore']);
}

/**
 * Starts the built host. Relative paths in configuration resolve against the repo root
 * (the working directory); --contentRoot points at the build output so appsettings.json is read.
 */
export function startHost({ configuration, url, dataDirectory, demoData = true, quiet = false, extraArgs = [] }) {
  const output = join(repoRoot, 'src/Host/Clinic.Host/bin', configuration, 'net10.0');
  const args = [
    join(output, 'Clinic.Host.dll'),
    '--contentRoot', output,
    '--urls', url,
    `--Database:DataDirectory=${dataDirectory}`,
    `--Spa:RootPath=${join(webDir, 'dist')}`,
    `--DemoData:Enabled=${demoData}`,
    // Links in emails must lead back to this very host.
    `--Clinic:PublicUrl=${url}`,
    // The demo's first Admin; without a configured password one is generated and printed once at first start.
    `--Identity:BootstrapAdmin:Email=${process.env.CLINIC_ADMIN_EMAIL ?? 'admin@clinica-lumina.test'}`,
    ...extraArgs,
  ];
  return spawn('dotnet', args, {
    cwd: repoRoot,
    // Quiet discards the log instead of piping it: a caller blocked in spawnSync cannot drain a pipe, and a
    // full pipe blocks the host's console logger and with it every request.
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
    env: { ...process.env, ASPNETCORE_ENVIRONMENT: process.env.ASPNETCORE_ENVIRONMENT ?? 'Development' },
  });
}

/** Resolves once /health answers 200, or rejects after the timeout. */
export async function waitForHealth(url, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The host did not become healthy at ${url} within ${timeoutMs / 1000} s.`);
}
