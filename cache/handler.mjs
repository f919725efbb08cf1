// The incremental cache Next.js uses for pages, route handlers and unstable_cache, chosen at
// start from the environment (next.config names this file as `cacheHandler`, so one build serves
// both ways):
//  - REDIS_URL set: every instance shares one cache in Redis (@fortedigital/nextjs-cache-handler,
//    redis-strings), so a publish revalidated on any one instance reaches them all. No instance
//    keeps a copy of its own that could go stale.
//  - REDIS_URL unset: one instance, Next's own cache, pages rendered after the build kept in an
//    in-memory LRU (never flushed to disk: next.config sets isrFlushToDisk false).
// Plain JavaScript, loaded by Next at run time (never bundled); instrumentation.ts imports it too.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { registerInitialCache } from '@fortedigital/nextjs-cache-handler/instrumentation';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import routeCacheKeyModule from 'next/dist/server/lib/route-cache-key.js';
import { createClient } from 'redis';

/** With one instance, what random URLs can make the cache hold at most (an LRU). */
export const localMemoryBytes = 32 * 1024 * 1024;
/**
 * With Redis, how long an entry lives at most: the bound on what unknown paths (each one a cached
 * 404) can add. A page older than this is rendered again on its next request.
 */
export const sharedEntryTtlSeconds = 24 * 60 * 60;
/** A Redis command that takes longer is given up: the page renders without the cache. */
const redisTimeoutMs = 1000;

const redisUrl = process.env.REDIS_URL?.trim() || undefined;
const stateKey = Symbol.for('oas-dsp.sharedCache');

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

async function replayPendingTags(state) {
  const tags = [...state.pendingTags];
  if (tags.length === 0) return;
  try {
    for (const tag of tags) {
      await state.redisHandler?.revalidateTag(tag);
      state.pendingTags.delete(tag);
    }
    console.info(`[cache] ${tags.length} revalidation(s) made while Redis was unreachable now applied`);
  } catch {
    // Lost the connection again: the next 'ready' replays what is left.
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
  const state = sharedState();
  state.redisHandler ??= createRedisHandler({
    client: state.client,
    // One build's entries never meet another's: during a rolling deploy both builds run.
    keyPrefix: `oas-dsp:${buildId ?? 'unbuilt'}:`,
    timeoutMs: redisTimeoutMs,
    keyExpirationStrategy: 'EXAT',
  });
  return {
    handlers: [outageAware(state.redisHandler, state)],
    ttl: { defaultStaleAge: sharedEntryTtlSeconds, estimateExpireAge: (staleAge) => staleAge },
  };
});

const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule;

/** Next's own cache, with its in-memory LRU (next.config's cacheMaxMemorySize is 0 for Redis's sake). */
class OneInstanceCache extends FileSystemCache {
  constructor(context) {
    super({ ...context, maxMemoryCacheSize: localMemoryBytes });
  }
}

/**
 * Next 16.4 stores a route's entries under a key scoped by the route that owns them
 * (`/route-cache/APP_PAGE/<hash of the route>/$/en/prisons`); the library's registerInitialCache
 * (3.3.0) still writes them under the bare path, where Next never looks. This writer moves each
 * of its entries to the key Next reads, from the build's own manifests.
 */
async function initialCacheWriter(buildDir) {
  const readJson = async (file) => JSON.parse(await readFile(path.join(buildDir, file), 'utf8'));
  const [prerender, appPaths] = await Promise.all([readJson('prerender-manifest.json'), readJson('app-path-routes-manifest.json')]);
  // The route's pathname (/[locale]/[...slug]) → its module (/[locale]/[...slug]/page), groups kept.
  const moduleOf = new Map(Object.entries(appPaths).map(([module, pathname]) => [pathname, module]));
  const { getRouteCacheKey } = routeCacheKeyModule;
  return class InitialCacheWriter extends CacheHandler {
    set(key, value, ctx) {
      const pathname = key === '/index' ? '/' : key;
      const sourceRoute = moduleOf.get(prerender.routes[pathname]?.srcRoute ?? pathname);
      const kind = value?.kind;
      const scoped =
        sourceRoute && (kind === 'APP_PAGE' || kind === 'APP_ROUTE') ? getRouteCacheKey(pathname, { kind, sourceRoute }) : key;
      return super.set(scoped, value, ctx);
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
  const gaveUp = await Promise.race([
    connection.then(() => false),
    new Promise((resolve) => setTimeout(() => resolve(true), 2000).unref()),
  ]);
  if (gaveUp) {
    console.error("[cache] Redis did not answer at start: the build's pages are not put in it this time");
    return;
  }
  await registerInitialCache(await initialCacheWriter(buildDir), { buildDir, setOnlyIfNotExists: true });
}

/** What /api/health reports: no URL, no credentials. */
export function cacheState() {
  if (!redisUrl) return { kind: 'local', detail: 'one instance: in-memory LRU' };
  const state = sharedState();
  return {
    kind: 'redis',
    connected: state.connected,
    pendingRevalidations: state.pendingTags.size,
    ...(state.unreachableSince ? { unreachableSince: new Date(state.unreachableSince).toISOString() } : {}),
  };
}

export default redisUrl ? CacheHandler : OneInstanceCache;
