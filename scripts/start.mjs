// Serves a production build with Next's standalone server (next.config sets output
// 'standalone'): copies the build's static files (and public/, if any) into the standalone
// folder, which Next leaves to the deployment, then runs its server.js.
//   NEXT_DIST_DIR  the build folder (default .next, as next.config)
//   HOSTNAME, PORT where to listen (default 0.0.0.0 and 3000, as Next's server.js)
// Every other variable (REDIS_URL, SANITY_*, …) passes through to the server.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

const distDir = process.env.NEXT_DIST_DIR || '.next';
const standalone = path.join(distDir, 'standalone');
const server = path.join(standalone, 'server.js');

if (!existsSync(server)) {
  console.error(`No standalone server at ${server}: build first (npm run build, with the same NEXT_DIST_DIR).`);
  process.exit(1);
}

/**
 * Copies a folder in once per build (a build replaces the standalone folder). Instances that start
 * together may race: each copies aside and renames, and the loser's copy is dropped.
 */
function copyInto(from, to) {
  if (!existsSync(from) || existsSync(to)) return;
  const aside = mkdtempSync(`${to}.copying-`);
  cpSync(from, aside, { recursive: true });
  try {
    renameSync(aside, to);
  } catch (error) {
    rmSync(aside, { recursive: true, force: true });
    if (!existsSync(to)) throw error;
  }
}

copyInto(path.join(distDir, 'static'), path.join(standalone, distDir, 'static'));
copyInto('public', path.join(standalone, 'public'));

const child = spawn(process.execPath, [server], { stdio: 'inherit', env: process.env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
