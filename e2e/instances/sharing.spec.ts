import { expect, request as newRequest, test, type APIRequestContext } from '@playwright/test';
import { renderedViewMilliseconds } from '../../cache/renderedViews.mjs';
import { contentLake, sendWebhook, timeUntil } from '../live/contentLake';
import { Instance, Redis, instancePorts } from './cluster';

// Two instances of the live build behind no balancer: the tests talk to each one directly. They
// change the Content Lake stand-in and stop Redis, so they run one at a time, after the live
// project (playwright.config.ts makes it a dependency), and put back what they changed.
test.describe.configure({ mode: 'serial' });

const resolutions = { id: 'page-prisons-resolutions-en', path: '/en/prisons/oas-resolutions' };
const change = { _id: resolutions.id, _type: 'page', language: 'en', slug: 'oas-resolutions', parent: 'page-prisons-en' };
const original = 'OAS Resolutions';

const redis = new Redis();
const a = new Instance('A', instancePorts.a);
const b = new Instance('B', instancePorts.b);
const clients = new Map<Instance, APIRequestContext>();
const on = (instance: Instance) => clients.get(instance) as APIRequestContext;

async function startBoth({ shared }: { shared: boolean }) {
  await Promise.all([a.stop(), b.stop()]);
  await Promise.all([a.start({ redisUrl: shared ? redis.url : undefined }), b.start({ redisUrl: shared ? redis.url : undefined })]);
  // A serving instance has rendered pages before: a first render on a busy machine takes more
  // than the second the publish is allowed. A not-found path of the pages' route warms it.
  for (const instance of [a, b]) expect((await on(instance).get('/en/prisons/no-such-page')).status()).toBe(404);
}

async function titleOn(instance: Instance): Promise<string> {
  const response = await on(instance).get(resolutions.path);
  expect(response.status()).toBe(200);
  return /<h1[^>]*>([^<]*)<\/h1>/.exec(await response.text())?.[1] ?? '';
}

/**
 * Requests the page until the instance answers it from Next's cache: each request after the
 * server's own copy of the one before (kept for half a second) has expired.
 */
async function cachedOn(instance: Instance) {
  await expect
    .poll(async () => (await on(instance).get(resolutions.path)).headers()['x-nextjs-cache'], { intervals: [renderedViewMilliseconds + 100] })
    .toBe('HIT');
}

async function health(instance: Instance) {
  return (await (await on(instance).get('/api/health')).json()) as {
    status: string;
    cache: { kind: string; connected?: boolean; pendingRevalidations?: number };
  };
}

/** The page's document as the stand-in had it (read while it answers: it may be failing later). */
let document: Awaited<ReturnType<ReturnType<typeof contentLake>['get']>>;

async function publishTitle(title: string) {
  await contentLake(on(a)).publish({ ...document, title });
}

test.beforeAll(async () => {
  for (const instance of [a, b]) clients.set(instance, await newRequest.newContext({ baseURL: instance.origin }));
  document = await contentLake(on(a)).get(resolutions.id);
  expect(document.title).toBe(original);
  await redis.start();
});

test.afterAll(async () => {
  await contentLake(on(a)).setMode('ok');
  await publishTitle(original);
  await Promise.all([a.stop(), b.stop()]);
  await redis.remove();
  for (const client of clients.values()) await client.dispose();
});

test.afterEach(async () => contentLake(on(a)).setMode('ok'));

test('without the shared cache, a publish through A leaves B serving the old page', async () => {
  await startBoth({ shared: false });
  await cachedOn(b);
  await publishTitle('OAS Resolutions (edited through A only)');
  expect((await sendWebhook(on(a), change)).status()).toBe(200);
  await timeUntil(on(a), resolutions.path, (_, body) => body.includes('(edited through A only)'));
  // A has it; B, which never heard of the publish, still has the page it cached.
  expect(await titleOn(b)).toBe(original);

  await publishTitle(original);
  for (const instance of [a, b]) expect((await sendWebhook(on(instance), change)).status()).toBe(200);
});

test('with Redis, a publish through A shows on B within a second, and survives B restarting', async () => {
  await startBoth({ shared: true });
  expect((await health(b)).cache).toMatchObject({ kind: 'redis', connected: true });
  // The build's pages went into Redis when the instances started: B's first answer comes from it.
  const first = await on(b).get(resolutions.path);
  expect(first.headers()['x-nextjs-cache']).toBe('HIT');
  expect(await redis.keys(resolutions.path)).not.toHaveLength(0);

  await publishTitle('OAS Resolutions (edited, shared)');
  expect((await sendWebhook(on(a), change)).status()).toBe(200);
  const onB = await timeUntil(on(b), resolutions.path, (_, body) => body.includes('(edited, shared)'));
  test.info().annotations.push({ type: 'publish-to-second-instance', description: `${onB} ms after A answered the webhook` });
  expect(onB).toBeLessThan(1000);

  // A restarting instance puts the build's pages into Redis only where they are missing: it
  // does not bring back the page from before the publish.
  await b.stop();
  await b.start({ redisUrl: redis.url });
  expect(await titleOn(b)).toBe('OAS Resolutions (edited, shared)');

  await publishTitle(original);
  expect((await sendWebhook(on(a), change)).status()).toBe(200);
  await timeUntil(on(b), resolutions.path, (_, body) => !body.includes('(edited, shared)'));
});

test('Redis stopped: both instances keep answering 200, a publish meanwhile is not lost, and sharing resumes', async () => {
  await cachedOn(b);
  await redis.stop();

  for (const instance of [a, b]) {
    for (const path of [resolutions.path, '/en', '/es/carceles', '/es/contacto']) {
      expect((await on(instance).get(path)).status(), `${path} on ${instance.name}`).toBe(200);
    }
    expect((await health(instance)).cache).toMatchObject({ kind: 'redis', connected: false });
    expect(instance.logs).toContain('[cache] Redis unreachable');
  }

  // Without the cache each instance renders: A shows the publish at once, B once the page it
  // kept for half a second (cache/renderedViews.mjs) has expired, and A remembers that the
  // entries Redis still holds are out of date.
  await publishTitle('OAS Resolutions (published during the outage)');
  expect((await sendWebhook(on(a), change)).status()).toBe(200);
  expect(await titleOn(a)).toBe('OAS Resolutions (published during the outage)');
  expect(await timeUntil(on(b), resolutions.path, (_, body) => body.includes('(published during the outage)'))).toBeLessThan(1000);
  await expect.poll(async () => (await health(a)).cache.pendingRevalidations).toBeGreaterThan(0);

  await redis.start();
  for (const instance of [a, b]) {
    // Reconnecting backs off to 2 s between tries, and a replay that fails on a busy machine is
    // tried again a second later: what is asserted is that sharing resumes, not how fast.
    await expect
      .poll(async () => (await health(instance)).cache, { timeout: 15_000 })
      .toMatchObject({ connected: true, pendingRevalidations: 0 });
    expect(instance.logs).toContain('[cache] Redis connected');
  }
  // Redis kept B's page from before the outage; A's replayed revalidation removed it.
  expect(await titleOn(b)).toBe('OAS Resolutions (published during the outage)');

  await cachedOn(b);
  await publishTitle(original);
  expect((await sendWebhook(on(a), change)).status()).toBe(200);
  expect(await timeUntil(on(b), resolutions.path, (_, body) => body.includes(`>${original}<`))).toBeLessThan(1000);
});

test('a publish while the Content Lake is down reaches both instances once it is back', async () => {
  await cachedOn(a);
  await cachedOn(b);
  const lake = contentLake(on(a));
  await lake.setMode('fail');
  await publishTitle('OAS Resolutions (published while the Lake was down)');
  expect((await sendWebhook(on(a), change)).status()).toBe(202);
  for (const instance of [a, b]) expect(await titleOn(instance)).toBe(original);

  await lake.setMode('ok');
  for (const instance of [b, a]) {
    await timeUntil(on(instance), resolutions.path, (_, body) => body.includes('(published while the Lake was down)'));
  }

  await publishTitle(original);
  expect((await sendWebhook(on(a), change)).status()).toBe(200);
  await timeUntil(on(b), resolutions.path, (_, body) => body.includes(`>${original}<`));
});
