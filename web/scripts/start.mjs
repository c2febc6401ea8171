// `npm start`: install what is missing, build the SPA and the host, and run the demo clinic.
import { join } from 'node:path';
import { ensureDependencies, repoRoot, run, startHost, waitForHealth, webDir } from './host.mjs';

const port = process.env.PORT ?? '5080';
const url = `http://localhost:${port}`;

ensureDependencies();
run('npm', ['run', 'build'], { cwd: webDir });
run('dotnet', ['build', 'src/Host/Clinic.Host', '-c', 'Release', '--nologo', '-v', 'quiet']);

const host = startHost({ configuration: 'Release', url, dataDirectory: process.env.CLINIC_DATA ?? join(repoRoot, 'data') });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
host.on('exit', (code) => process.exit(code ?? 0));

await waitForHealth(url);
console.log(`\n  Clinic is running.\n\n    Booking page:  ${url}/book\n    Patient portal: ${url}/portal\n    Staff:         ${url}/admin\n    API docs:      ${url}/swagger\n\n  Data lives in ./data (delete it to start over). Press Ctrl+C to stop.\n`);
