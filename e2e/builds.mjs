// The two builds the e2e suite runs against, shared by e2e/servers.mjs (which builds and serves
// them) and e2e/instances/ (which starts more instances of the live build).
import { readdirSync } from 'node:fs';

const fixtures = readdirSync('e2e/fixtures')
  .filter((file) => file.endsWith('.ndjson'))
  .sort()
  .map((file) => `e2e/fixtures/${file}`);

/** The bundled dataset, then every fixture: what the embedded build and the stand-in serve. */
export const documents = ['sanity/dataset/production.ndjson', ...fixtures];

export const embeddedBuild = { NEXT_DIST_DIR: '.next-e2e', SANITY_EMBEDDED_FIXTURES: fixtures.join(',') };

/** A Sanity project (dummy id) whose API host is the Content Lake stand-in on that port. */
export function liveBuild(contentLakePort) {
  return {
    NEXT_DIST_DIR: '.next-e2e-live',
    SANITY_PROJECT_ID: 'e2etest',
    SANITY_DATASET: 'production',
    SANITY_API_HOST: `http://127.0.0.1:${contentLakePort}`,
    // The stand-in is consistent at once. Requests to it wait as long as the site's default
    // allows (3 s): with 1.5 s, a CI run on loaded cores saw the sitemap's queries give up and the
    // sitemap answer 500 right after another spec's publish.
    SANITY_REVALIDATE_WAIT_MS: '0',
    // The embedded Studio edits the stand-in too (e2e/studio/), over HTTPS on the same port, at its
    // project subdomain under localhost, which Chromium resolves to loopback by itself.
    E2E_STUDIO_API_HOST: `https://localhost:${contentLakePort}`,
  };
}

/** The command that serves a build (its standalone server), with where to listen. */
export function serveCommand(port, hostname = '127.0.0.1') {
  return { command: 'node', args: ['scripts/start.mjs'], env: { HOSTNAME: hostname, PORT: String(port) } };
}

/** Where the deployed-site server's output goes, for e2e/deployed/ to read what it logged. */
export const deployedServerLog = '.next-e2e/deployed-server.log';

/** Resolves once the URL answers 200, polling every 100 ms for at most 30 s. */
export async function answers(url) {
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
