// Publish-to-visible: a live build of the site reads the Content Lake stand-in (the e2e suite's,
// e2e/content-lake/server.mjs); each edit changes a page's title there, sends the signed webhook,
// and polls the page every 100 ms until it shows the new title, timed from the webhook's answer.
import path from 'node:path';
import { encodeSignatureHeader } from '@sanity/webhook';
import { host } from './config.mjs';
import { run, startServer } from './processes.mjs';
import { median } from './stats.mjs';

export const publishLatencyPorts = { contentLake: 3404, site: 3405 };
const liveDistDir = '.next-bench-live';
const secret = 'bench-revalidate-secret';
const edits = 20;
const pollMs = 100;
const limitMs = 10_000;
/** What production waits for Content Lake consistency before reading (SANITY_REVALIDATE_WAIT_MS). */
const productionConsistencyWaitMs = 3000;
const page = { id: 'page-prisons-policies-es', path: '/es/carceles/politicas-penitenciarias' };

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function readDocument(lakeOrigin, id) {
  const query = new URLSearchParams({ query: '*[_id == $id][0]', $id: JSON.stringify(id) });
  return (await (await fetch(`${lakeOrigin}/v2025-02-19/data/query/production?${query}`)).json()).result;
}

async function publish(lakeOrigin, document) {
  const response = await fetch(`${lakeOrigin}/__control/documents`, { method: 'PUT', body: JSON.stringify(document) });
  if (!response.ok) throw new Error(`The stand-in refused the edit: ${response.status}`);
}

async function sendWebhook(siteOrigin, change) {
  const body = JSON.stringify(change);
  const response = await fetch(`${siteOrigin}/api/revalidate`, {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'application/json', 'sanity-webhook-signature': await encodeSignatureHeader(body, Date.now(), secret) },
  });
  if (response.status !== 200) throw new Error(`The webhook answered ${response.status}`);
}

async function timeUntilVisible(siteOrigin, text) {
  const started = performance.now();
  for (;;) {
    if ((await (await fetch(new URL(page.path, siteOrigin))).text()).includes(text)) return performance.now() - started;
    if (performance.now() - started > limitMs) throw new Error(`"${text}" did not show within ${limitMs} ms`);
    await pause(pollMs);
  }
}

export async function measurePublishLatency(workDir) {
  const lakeOrigin = `http://${host}:${publishLatencyPorts.contentLake}`;
  const siteOrigin = `http://${host}:${publishLatencyPorts.site}`;
  const env = {
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: liveDistDir,
    SANITY_PROJECT_ID: 'bench',
    SANITY_DATASET: 'production',
    SANITY_API_HOST: lakeOrigin,
    SANITY_REVALIDATE_SECRET: secret,
    // The stand-in is consistent at once: the production wait is reported apart.
    SANITY_REVALIDATE_WAIT_MS: '0',
  };
  const lake = await startServer(
    'content-lake',
    'node',
    ['e2e/content-lake/server.mjs', String(publishLatencyPorts.contentLake), 'sanity/dataset/production.ndjson'],
    { env: {}, readyUrl: `${lakeOrigin}/`, logFile: path.join(workDir, 'content-lake.log') },
  );
  try {
    await run(path.join('node_modules', '.bin', 'next'), ['build'], { env });
    const site = await startServer(
      'site-live',
      path.join('node_modules', '.bin', 'next'),
      ['start', '-H', host, '-p', String(publishLatencyPorts.site)],
      { env, readyUrl: `${siteOrigin}/es`, logFile: path.join(workDir, 'site-live.log') },
    );
    try {
      const original = await readDocument(lakeOrigin, page.id);
      const change = { _id: page.id, _type: 'page', language: 'es', slug: 'politicas-penitenciarias', parent: 'page-prisons-es' };
      const timings = [];
      for (let edit = 1; edit <= edits; edit += 1) {
        const title = `${original.title} (edición ${edit})`;
        await publish(lakeOrigin, { ...original, title });
        await sendWebhook(siteOrigin, change);
        timings.push(await timeUntilVisible(siteOrigin, title));
      }
      return {
        edits,
        pollMs,
        medianMs: Math.round(median(timings)),
        worstMs: Math.round(Math.max(...timings)),
        productionConsistencyWaitMs,
        measuredAt: new Date().toISOString(),
      };
    } finally {
      await site.stop();
    }
  } finally {
    await lake.stop();
  }
}
