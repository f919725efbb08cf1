// Starts what the e2e suite runs against: the Content Lake stand-in, then two production builds
// of the site, each served on loopback by its standalone server (scripts/start.mjs). Ports come
// from the environment (see playwright.config.ts).
//  - embedded: the bundled dataset plus the e2e fixtures;
//  - live: a Sanity project (dummy id) whose API host is the stand-in, serving the same documents.
// The embedded build is also served as deployed (bound to 0.0.0.0, its output in a log file for
// the tests to read) behind nginx on TLS, for e2e/deployed/.
import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { answers, deployedServerLog, documents, embeddedBuild, liveBuild, serveCommand } from './builds.mjs';
import { startReverseProxy } from './deployed/reverseProxy.mjs';

const { E2E_PORT, E2E_LIVE_PORT, E2E_CONTENT_LAKE_PORT, E2E_DEPLOYED_PORT, E2E_TLS_PORT } = process.env;
const children = [];

function start(command, args, env = {}, stdio = 'inherit') {
  const child = spawn(command, args, { stdio, env: { ...process.env, ...env } });
  children.push(child);
  return child;
}

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    start(command, args, env).on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

function serve(build, port, hostname, stdio) {
  const { command, args, env } = serveCommand(port, hostname);
  return start(command, args, { ...build, ...env }, stdio);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill('SIGTERM');
    process.exit(0);
  });
}

const live = liveBuild(E2E_CONTENT_LAKE_PORT);
try {
  // Publishes made in the live build's Studio reach that build as the project's webhook would.
  start('node', ['e2e/content-lake/server.mjs', E2E_CONTENT_LAKE_PORT, ...documents], {
    CONTENT_LAKE_WEBHOOK_URL: `http://127.0.0.1:${E2E_LIVE_PORT}/api/revalidate`,
  });
  // Side by side: each build leaves a core idle part of the time (route data, prerendering,
  // the standalone folder), which the other fills. The live build reads every page from the
  // stand-in meanwhile: on a busy machine a query can take longer than the 3 s the served site
  // is allowed, so the build gets more (the server reads the timeout when it starts).
  await Promise.all([
    run('npx', ['next', 'build'], embeddedBuild),
    run('npx', ['next', 'build'], { ...live, SANITY_REQUEST_TIMEOUT_MS: '30000' }),
  ]);
  serve(embeddedBuild, E2E_PORT);
  await answers(`http://127.0.0.1:${E2E_PORT}/en`);
  const log = openSync(deployedServerLog, 'w');
  serve(embeddedBuild, E2E_DEPLOYED_PORT, '0.0.0.0', ['ignore', log, log]);
  await answers(`http://127.0.0.1:${E2E_DEPLOYED_PORT}/en`);
  children.push(
    await startReverseProxy({
      dir: '.next-e2e/nginx',
      publicHostname: new URL(process.env.SITE_URL).hostname,
      upstreamPort: E2E_DEPLOYED_PORT,
      tlsPort: E2E_TLS_PORT,
    }),
  );
  serve(live, E2E_LIVE_PORT);
} catch (error) {
  console.error(error);
  for (const child of children) child.kill('SIGTERM');
  process.exit(1);
}
