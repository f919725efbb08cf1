// A fresh clone (issue 15, goal 5): how long from `git clone` of the commit under test to the site
// answering 200 on /en, the way the README tells a newcomer to serve it: `npm ci`, then
// `npm run serve` (next build, then the standalone server). npm's cache is the machine's own, as
// a developer's would be; the clone is made through git's transport (--no-local), not hard links.
// Nothing beside the repository is needed (.ci/run installs from package-lock.json alone).
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { host, ports } from './config.mjs';
import { capture, run, startServer } from './processes.mjs';

/** A build on 2 cores takes minutes: the serve command is given this long to answer. */
const serveWithinMs = 15 * 60_000;

const seconds = (startedMs) => Number(((performance.now() - startedMs) / 1000).toFixed(1));

async function answers200(url) {
  try {
    const response = await fetch(url);
    await response.arrayBuffer();
    return response.status === 200;
  } catch {
    return false;
  }
}

/** Clones HEAD into workDir, installs, serves it on ports.freshClone until /en answers 200, then stops it. */
export async function measureFreshClone(workDir) {
  const [repository, commit] = (await capture('git', ['rev-parse', '--show-toplevel', 'HEAD'])).trim().split('\n');
  const cloneDir = path.join(workDir, 'fresh-clone');
  const origin = `http://${host}:${ports.freshClone}`;
  const env = {
    NEXT_TELEMETRY_DISABLED: '1',
    // The defaults of a fresh shell: no build folder of the bench's, Next's own host and port.
    NEXT_DIST_DIR: '.next',
    HOSTNAME: host,
    PORT: String(ports.freshClone),
  };
  try {
    let started = performance.now();
    await run('git', ['clone', '--quiet', '--no-local', '--no-checkout', repository, cloneDir]);
    await run('git', ['-C', cloneDir, 'checkout', '--quiet', commit]);
    const cloneSeconds = seconds(started);

    started = performance.now();
    await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: cloneDir, env });
    const installSeconds = seconds(started);

    started = performance.now();
    const server = await startServer('fresh-clone', 'npm', ['run', 'serve'], {
      cwd: cloneDir,
      env,
      readyUrl: `${origin}/en`,
      isReady: () => answers200(`${origin}/en`),
      readyWithinMs: serveWithinMs,
      logFile: path.join(workDir, 'fresh-clone.log'),
    });
    const serveSeconds = seconds(started);
    await server.stop();
    // The issue times `npm ci && npm run serve` on the clone; the clone itself (seconds on loopback) apart.
    const result = { commit, cloneSeconds, installSeconds, serveSeconds, totalSeconds: Number((installSeconds + serveSeconds).toFixed(1)) };
    console.log(`  clone ${cloneSeconds} s, npm ci ${installSeconds} s, build and start ${serveSeconds} s`);
    return result;
  } finally {
    await rm(cloneDir, { recursive: true, force: true });
  }
}
