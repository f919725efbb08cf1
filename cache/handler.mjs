// The incremental cache Next.js uses for pages, route handlers and unstable_cache, chosen at
// start from the environment (next.config names this file as `cacheHandler`, so one build serves
// both ways):
//  - REDIS_URL set: every instance shares one cache in Redis (@fortedigital/nextjs-cache-handler,
//    redis-strings), so a publish revalidated on any one instance reaches them all. No instance
//    keeps a copy of its own that could go stale.
//  - REDIS_URL unset: one instance, Next's own cache, pages rendered after the build kept in an
//    in-memory LRU (never flushed to disk: next.config sets isrFlushToDisk false).
// Plain JavaScript, loaded by Next at run time (never bundled); instrumentation.ts imports it too.
// What it needs of Next's private internals comes through ./nextInternals.mjs, checked at start.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { registerInitialCache } from '@fortedigital/nextjs-cache-handler/instrumentation';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createClient } from 'redis';
import { checkNextInternals, initialCacheKeys, nextVersion } from './nextInternals.mjs';

/**
 * With one instance, what random URLs can make the cache hold at most (an LRU). A page of the build
 * that it drops is read from disk again, cheaply; one rendered since is rendered again. Measured
 * (3 December 2026, 84 pages taking some 15 MB as Next counts entries): the mixed load served the
 * same at 16 MB as at 32 MB (about 480 requests/s), while 10,000 unknown addresses left the server
 * 50 MB smaller (resident 257 against 308 MB), as each cached 404 costs more than Next counts.
 */
export const localMemoryBytes = 16 * 1024 * 1024;
/**
 * With Redis, how long an entry lives at most: the bound on what unknown paths (each one a cached
 * 404) can add. A page older than this is rendered again on its next request.
 */
export const sharedEntryTtlSeconds = 24 * 60 * 60;
/** A Redis command that takes longer is given up: the page renders without the cache. */
const redisTimeoutMs = 1000;

const redisUrl = process.env.REDIS_URL?.trim() || undefined;
const stateKey = Symbol.for('oas-dsp.sharedCache');
const nextInternalsKey = Symbol.for('oas-dsp.nextInternals');

/** Where this build's entries live in Redis: one build's entries never meet another's. */
export function redisKeyPrefix(buildId) {
  return `oas-dsp:${buildId ?? 'unbuilt'}:`;
}

/**
 * Next's internals as checked when this file is first loaded (at start), once per process, for
 * the same reason as the shared state below: a change is logged once and stays in /api/health.
 */
function nextInternals() {
  globalThis[nextInternalsKey] ??= checkedNextInternals();
  return globalThis[nextInternalsKey];
}

function checkedNextInternals() {
  const internals = checkNextInternals();
  if (internals.state !== 'ok') console.error(`[cache] Next ${nextVersion}: its internals ${internals.state}; ${costOf(internals)}`);
  return internals;
}

/** What this instance does without the internals that changed. */
function costOf({ FileSystemCache, routeCacheKey }) {
  if (redisUrl && !routeCacheKey) return "the build's pages are not put in Redis at start: each renders on its first request";
  if (!redisUrl && !FileSystemCache) {
    return "the cache is the library's in-memory LRU instead of Next's: each of the build's pages renders on its first request";
  }
  return 'this instance keeps serving; cache/nextInternals.mjs needs updating for this Next';
}

/** A change found after start (in the build's manifests): logged, and added to /api/health's. */
function reportNextInternalsChange(change) {
  const internals = nextInternals();
  internals.state = internals.state === 'ok' ? `changed: ${change}` : `${internals.state}; ${change}`;
  console.error(`[cache] Next ${nextVersion}: its internals changed: ${change}`);
}

/**
 * The cache's state, for /api/health and the logs. On globalThis: Next loads this file for every
 * route bundle, and instrumentation.ts reaches it too; they must share one Redis connection.
 */
function sharedState() {
  globalThis[stateKey] ??= createSharedState();
  return globalThis[stateKey];
}

function createSharedState() {
  const state = {
    /** Tags whose revalidation could not reach Redis: replayed as soon as it answers again. */
    pendingTags: new Set(),
    /** Whether a replay of pendingTags is under way (one at a time). */
    replaying: false,
    connected: false,
    /** When the connection was lost, while it is. */
    unreachableSince: undefined,
    client: createClient({
      url: redisUrl,
      // Commands fail at once while disconnected instead of queueing: readers get a render, not a wait.
      disableOfflineQueue: true,
      pingInterval: 5000,
      socket: {
        connectTimeout: redisTimeoutMs,
        // Reconnects by itself, for ever, at most every 2 s.
        reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2000),
      },
    }),
  };
  state.client.on('ready', () => {
    const downFor = state.unreachableSince ? ` after ${Math.round((Date.now() - state.unreachableSince) / 1000)} s` : '';
    state.connected = true;
    state.unreachableSince = undefined;
    console.info(`[cache] Redis connected${downFor}: sharing the cache with the other instances`);
    void replayPendingTags(state);
  });
  state.client.on('error', (error) => {
    if (state.unreachableSince === undefined) {
      state.unreachableSince = Date.now();
      console.error(
        `[cache] Redis unreachable (${error.code ?? error.message}): pages render without the shared cache until it is back`,
      );
    }
    state.connected = false;
  });
  state.client.on('end', () => {
    state.connected = false;
  });
  state.connectedOnce = new Promise((resolve) => state.client.once('ready', resolve));
  state.client.connect().catch(() => {
    // Logged by the error listener; the client keeps reconnecting.
  });
  return state;
}

/** How soon a replay that failed while Redis answers again is tried again. */
const replayRetryMs = 1000;

async function replayPendingTags(state) {
  const tags = [...state.pendingTags];
  if (tags.length === 0 || state.replaying) return;
  state.replaying = true;
  try {
    for (const tag of tags) {
      await state.redisHandler?.revalidateTag(tag);
      state.pendingTags.delete(tag);
    }
    console.info(`[cache] ${tags.length} revalidation(s) made while Redis was unreachable now applied`);
  } catch (error) {
    // A lost connection replays at the next 'ready'. A command that failed on a live connection
    // (a timeout on a busy machine) gets no such event, so it is tried again here: a publish
    // made during the outage must not wait for the next one.
    if (state.connected) {
      console.error(`[cache] Replaying revalidations failed (${error.message}): trying again in ${replayRetryMs} ms`);
      setTimeout(() => void replayPendingTags(state), replayRetryMs).unref();
    }
  } finally {
    state.replaying = false;
  }
}

/**
 * The library's Redis handler, plus one thing it cannot know: a revalidation made while Redis is
 * unreachable is remembered and applied when it is back, so entries rendered before the outage
 * never outlive a publish. (Reads and writes just fail meanwhile: the library then renders.)
 */
function outageAware(redisHandler, state) {
  return {
    ...redisHandler,
    name: 'redis-strings, outage-aware',
    async revalidateTag(tag) {
      try {
        await redisHandler.revalidateTag(tag);
      } catch (error) {
        state.pendingTags.add(tag);
        throw error;
      }
    },
  };
}

CacheHandler.onCreation(({ buildId }) => {
  // Without Redis, the library's handler serves only when Next's own cache no longer loads.
  if (!redisUrl) return { handlers: [createLruHandler({ maxItemSizeBytes: localMemoryBytes })] };
  const state = sharedState();
  state.redisHandler ??= createRedisHandler({
    client: state.client,
    // During a rolling deploy both builds run.
    keyPrefix: redisKeyPrefix(buildId),
    timeoutMs: redisTimeoutMs,
    keyExpirationStrategy: 'EXAT',
  });
  return {
    handlers: [outageAware(state.redisHandler, state)],
    ttl: { defaultStaleAge: sharedEntryTtlSeconds, estimateExpireAge: (staleAge) => staleAge },
  };
});

/**
 * Next's own cache, with its in-memory LRU (next.config's cacheMaxMemorySize is 0 for Redis's
 * sake) and publishes expiring by the wall clock alone; should Next's cache no longer load, the
 * library's LRU of the same size instead.
 */
function oneInstanceCache(FileSystemCache) {
  if (!FileSystemCache) return CacheHandler;
  return expiringByTheWallClock(
    class OneInstanceCache extends FileSystemCache {
      constructor(context) {
        super({ ...context, maxMemoryCacheSize: localMemoryBytes });
      }
    },
  );
}

const wallClockExpiriesKey = Symbol.for('oas-dsp.wallClockExpiries');

/** When each tag was last expired at once (a publish), by the wall clock: one map per process. */
function wallClockExpiries() {
  globalThis[wallClockExpiriesKey] ??= new Map();
  return globalThis[wallClockExpiriesKey];
}

/** The tags an entry was cached under: a page's in its header, data's in the request for it. */
function entryTags(entry, ctx) {
  const header = entry.value?.headers?.['x-next-cache-tags'];
  if (typeof header === 'string') return header.split(',');
  return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
}

/**
 * A publish expires the entries it changes on the first request after it, whatever the clocks do.
 * Next 16.4 stamps an immediate expiry with the wall clock (Date.now()) but compares the stamp with
 * performance.timeOrigin + performance.now(): once the wall clock has stepped ahead of that since
 * the server started (an NTP step, a virtual machine resumed), each publish leaves its pages
 * served stale for as long as the step, and the first reader after it gets the former page (CI met
 * it, 1.2 s on a live build). Here each tag's expiry and each entry's lastModified are both read
 * on the wall clock, and an entry cached before an expiry of one of its tags is a miss.
 */
export function expiringByTheWallClock(Cache) {
  return class extends Cache {
    async revalidateTag(tags, durations) {
      const expiredAt = Date.now();
      await super.revalidateTag(tags, durations);
      if (durations === undefined || durations.expire === 0) {
        for (const tag of [tags].flat()) wallClockExpiries().set(tag, expiredAt);
      }
    }

    async get(key, ctx) {
      const entry = await super.get(key, ctx);
      if (typeof entry?.lastModified !== 'number') return entry;
      const expiries = wallClockExpiries();
      const expired = entryTags(entry, ctx).some((tag) => (expiries.get(tag) ?? -Infinity) >= entry.lastModified);
      return expired ? null : entry;
    }
  };
}

/**
 * A CacheHandler that writes each entry registerInitialCache hands over under the key Next reads
 * (nextInternals.mjs says why they differ), and counts them in `handedOver`.
 */
async function initialCacheWriter(buildDir, routeCacheKey, handedOver) {
  const readJson = async (file) => JSON.parse(await readFile(path.join(buildDir, file), 'utf8'));
  const [prerenderManifest, appPathRoutesManifest] = await Promise.all([
    readJson('prerender-manifest.json'),
    readJson('app-path-routes-manifest.json'),
  ]);
  const nextKeyOf = initialCacheKeys({ prerenderManifest, appPathRoutesManifest }, routeCacheKey);
  return class InitialCacheWriter extends CacheHandler {
    async set(key, value, ctx) {
      const nextKey = nextKeyOf(key, value?.kind);
      if (nextKey === undefined) {
        handedOver.unplaced.push(key);
        return;
      }
      handedOver.entries += 1;
      return super.set(nextKey, value, ctx);
    }
  };
}

/**
 * Puts the build's prerendered pages and data into Redis when they are not there yet: an
 * instance that starts (or restarts) never overwrites what another instance rendered since.
 */
export async function registerSharedInitialCache(buildDir) {
  if (!redisUrl) return;
  const connection = sharedState().connectedOnce;
  const { routeCacheKey } = nextInternals();
  // Without Next's key function (logged at start), pages render on their first request instead.
  if (!routeCacheKey) return;
  const gaveUp = await Promise.race([
    connection.then(() => false),
    new Promise((resolve) => setTimeout(() => resolve(true), 2000).unref()),
  ]);
  if (gaveUp) {
    console.error("[cache] Redis did not answer at start: the build's pages are not put in it this time");
    return;
  }
  const handedOver = { entries: 0, unplaced: [] };
  await registerInitialCache(await initialCacheWriter(buildDir, routeCacheKey, handedOver), { buildDir, setOnlyIfNotExists: true });
  if (handedOver.unplaced.length > 0) {
    reportNextInternalsChange(
      `${handedOver.unplaced.length} of the build's pages have no route in its manifests (${handedOver.unplaced[0]}, …) and are not put in Redis`,
    );
  } else if (handedOver.entries === 0) {
    // The library gives up silently, e.g. on a prerender manifest version it does not know.
    reportNextInternalsChange("registerInitialCache handed over none of the build's pages (prerender-manifest.json version?)");
  }
}

/** What /api/health reports: no URL, no credentials. */
export function cacheState() {
  const { state: nextInternalsState } = nextInternals();
  if (!redisUrl) return { kind: 'local', detail: 'one instance: in-memory LRU', nextInternals: nextInternalsState };
  const state = sharedState();
  return {
    kind: 'redis',
    nextInternals: nextInternalsState,
    connected: state.connected,
    pendingRevalidations: state.pendingTags.size,
    ...(state.unreachableSince ? { unreachableSince: new Date(state.unreachableSince).toISOString() } : {}),
  };
}

/**
 * A redirect that reached the cache without its Location. When a server's wall clock runs ahead of
 * its monotonic clock, Next 16.4 serves a page stale for that long after a publish (revalidateTag
 * stamps a tag with Date.now(), the expiry check reads performance.now()), and the render it then
 * runs in the background hands over a renamed page's redirect as a 308 with no Location. Cached,
 * it would send every later reader nowhere until the next publish (a CI run met it). Left out, the
 * request after the stale one renders the redirect again, whole.
 */
export function isRedirectWithoutLocation(value) {
  return value?.kind === 'APP_PAGE' && value.status >= 300 && value.status < 400 && !value.headers?.location;
}

/** The cache class Next instantiates, minus the redirects it must not keep. */
export function keepingRedirectsWhole(Cache) {
  return class extends Cache {
    async set(key, value, ctx) {
      if (isRedirectWithoutLocation(value)) {
        console.warn(`[cache] ${key}: a redirect without its Location is not cached`);
        return;
      }
      return super.set(key, value, ctx);
    }
  };
}

// Checked now, at start, whichever cache serves.
const { FileSystemCache } = nextInternals();
export default keepingRedirectsWhole(redisUrl ? CacheHandler : oneInstanceCache(FileSystemCache));
