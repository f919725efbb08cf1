// Starts what the e2e suite runs against: the Content Lake stand-in, then two production builds
// of the site, each served on loopback. Ports come from the environment (see playwright.config.ts).
//  - embedded: the bundled dataset plus the e2e fixtures;
//  - live: a Sanity project (dummy id) whose API host is the stand-in, serving the same documents.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';

const { E2E_PORT, E2E_LIVE_PORT, E2E_CONTENT_LAKE_PORT } = process.env;
const fixtures = readdirSync('e2e/fixtures')
  .filter((file) => file.endsWith('.ndjson'))
  .sort()
  .map((file) => `e2e/fixtures/${file}`);
const documents = ['sanity/dataset/production.ndjson', ...fixtures];
const children = [];

function start(command, args, env = {}) {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
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

const embedded = { NEXT_DIST_DIR: '.next-e2e', SANITY_EMBEDDED_FIXTURES: documents.slice(1).join(',') };
const live = {
  NEXT_DIST_DIR: '.next-e2e-live',
  SANITY_PROJECT_ID: 'e2etest',
  SANITY_DATASET: 'production',
  SANITY_API_HOST: `http://127.0.0.1:${E2E_CONTENT_LAKE_PORT}`,
  // The stand-in is consistent at once, and a hang should be noticed fast.
  SANITY_REVALIDATE_WAIT_MS: '0',
  SANITY_REQUEST_TIMEOUT_MS: '1500',
};

async function answers(url) {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer`);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill('SIGTERM');
    process.exit(0);
  });
}

try {
  start('node', ['e2e/content-lake/server.mjs', E2E_CONTENT_LAKE_PORT, ...documents]);
  await run('npx', ['next', 'build'], embedded);
  await run('npx', ['next', 'build'], live);
  start('npx', ['next', 'start', '-H', '127.0.0.1', '-p', E2E_PORT], embedded);
  await answers(`http://127.0.0.1:${E2E_PORT}/en`);
  start('npx', ['next', 'start', '-H', '127.0.0.1', '-p', E2E_LIVE_PORT], live);
} catch (error) {
  console.error(error);
  for (const child of children) child.kill('SIGTERM');
  process.exit(1);
}
