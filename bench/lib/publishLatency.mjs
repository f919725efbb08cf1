// Publish-to-visible: a live build of the site reads the Content Lake stand-in (the e2e suite's,
// e2e/content-lake/server.mjs); each edit changes a page's title there, sends the signed webhook,
// and polls the page every 100 ms until it shows the new title, timed from the webhook's answer.
import path from 'node:path';
import { encodeSignatureHeader } from '@sanity/webhook';
import { benchPort, host } from './config.mjs';
import { run, startServer } from './processes.mjs';
import { median } from './stats.mjs';

export const publishLatencyPorts = { contentLake: benchPort(4), site: benchPort(5) };
const liveDistDir = '.next-bench-live';
const secret = 'bench-revalidate-secret';
export const lakeOrigin = `http://${host}:${publishLatencyPorts.contentLake}`;
const edits = 20;
const pollMs = 100;
const limitMs = 10_000;
/** What production waits for Content Lake consistency before reading (SANITY_REVALIDATE_WAIT_MS). */
const productionConsistencyWaitMs = 3000;
export const page = { id: 'page-prisons-policies-es', path: '/es/carceles/politicas-penitenciarias' };
const change = { _id: page.id, _type: 'page', language: 'es', slug: 'politicas-penitenciarias', parent: 'page-prisons-es' };

/** The live build's environment, at build and at start (the server refuses another source). */
export const liveEnv = {
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: liveDistDir,
  SANITY_PROJECT_ID: 'bench',
  SANITY_DATASET: 'production',
  SANITY_API_HOST: lakeOrigin,
  SANITY_REVALIDATE_SECRET: secret,
  // The stand-in is consistent at once: the production wait is reported apart.
  SANITY_REVALIDATE_WAIT_MS: '0',
};

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function readDocument(id) {
  const query = new URLSearchParams({ query: '*[_id == $id][0]', $id: JSON.stringify(id) });
  return (await (await fetch(`${lakeOrigin}/v2025-02-19/data/query/production?${query}`)).json()).result;
}

export async function publish(document) {
  const response = await fetch(`${lakeOrigin}/__control/documents`, { method: 'PUT', body: JSON.stringify(document) });
  if (!response.ok) throw new Error(`The stand-in refused the edit: ${response.status}`);
}

/** The signed webhook for the page, as Sanity sends it. */
export async function sendWebhook(siteOrigin) {
  const body = JSON.stringify(change);
  const response = await fetch(`${siteOrigin}/api/revalidate`, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json', 'sanity-webhook-signature': await encodeSignatureHeader(body, Date.now(), secret) },
  });
  if (response.status !== 200) throw new Error(`The webhook answered ${response.status}`);
}

/** Milliseconds until the page on siteOrigin shows text, polling every pollMs. */
export async function timeUntilVisible(siteOrigin, text) {
  const started = performance.now();
  for (;;) {
    if ((await (await fetch(new URL(page.path, siteOrigin))).text()).includes(text)) return performance.now() - started;
    if (performance.now() - started > limitMs) throw new Error(`"${text}" did not show within ${limitMs} ms`);
    await pause(pollMs);
  }
}

/** The Content Lake stand-in the live build reads; stop() ends it. */
export function startContentLake(workDir) {
  return startServer(
    'content-lake',
    'node',
    ['e2e/content-lake/server.mjs', String(publishLatencyPorts.contentLake), 'sanity/dataset/production.ndjson'],
    { env: {}, readyUrl: `${lakeOrigin}/`, logFile: path.join(workDir, 'content-lake.log') },
  );
}

/** Builds the live site (the stand-in must be running: pages are prerendered from it). */
export function buildLive() {
  return run(path.join('node_modules', '.bin', 'next'), ['build'], { env: liveEnv });
}

/** A standalone server of the live build on port, with more environment (e.g. REDIS_URL). */
export function startLiveSite(workDir, name, port, env = {}) {
  return startServer(name, 'node', ['scripts/start.mjs'], {
    env: { ...liveEnv, HOSTNAME: host, PORT: String(port), ...env },
    readyUrl: `http://${host}:${port}/es`,
    logFile: path.join(workDir, `${name}.log`),
  });
}

/**
 * Times `edits` publishes: each edits the page's title at the stand-in, sends the webhook to
 * webhookOrigin and polls readOrigin (the same site, or another instance) until it shows it.
 */
export async function timePublishes(webhookOrigin, readOrigin) {
  const original = await readDocument(page.id);
  const timings = [];
  try {
    for (let edit = 1; edit <= edits; edit += 1) {
      const title = `${original.title} (edición ${edit})`;
      await publish({ ...original, title });
      await sendWebhook(webhookOrigin);
      timings.push(await timeUntilVisible(readOrigin, title));
    }
  } finally {
    await publish(original);
    await sendWebhook(webhookOrigin);
  }
  return {
    edits,
    pollMs,
    medianMs: Math.round(median(timings)),
    worstMs: Math.round(Math.max(...timings)),
    productionConsistencyWaitMs,
    measuredAt: new Date().toISOString(),
  };
}

/** Publish-to-visible on one live site; leaves the build in place for measureInstances. */
export async function measurePublishLatency(workDir) {
  const siteOrigin = `http://${host}:${publishLatencyPorts.site}`;
  const lake = await startContentLake(workDir);
  try {
    await buildLive();
    const site = await startLiveSite(workDir, 'site-live', publishLatencyPorts.site);
    try {
      return await timePublishes(siteOrigin, siteOrigin);
    } finally {
      await site.stop();
    }
  } finally {
    await lake.stop();
  }
}
