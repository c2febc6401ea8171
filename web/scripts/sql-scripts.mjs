// Writes each module's idempotent SQL Server migration script to artifacts/sql/, for DBAs who
// apply migrations themselves instead of letting the host migrate at start-up. Modules are found by folder;
// tests/Clinic.ArchitectureTests checks that every folder is a module of the host's list (ClinicModules.All)
// with the SqlServer<Module>DbContext this script asks for.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, run } from './host.mjs';

const out = join(repoRoot, 'artifacts', 'sql');
mkdirSync(out, { recursive: true });
run('dotnet', ['build', 'Clinic.sln', '--nologo', '-v', 'quiet']);
// Folders only: src/Modules also holds the Directory.Build.props every module project shares.
const modules = readdirSync(join(repoRoot, 'src', 'Modules'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
for (const module of modules) {
  const project = join('src', 'Modules', module, `Clinic.${module}`);
  run('dotnet', ['ef', 'migrations', 'script', '--idempotent', '--no-build', '--project', project,
    '--context', `SqlServer${module}DbContext`, '--output', join(out, `${module.toLowerCase()}.sql`)]);
}
console.log(`SQL Server scripts written to ${out}`);
