// Everything cache/handler.mjs takes from Next's private internals (next/dist/…), and nothing
// else: Next promises nothing about them, and a patch release may move, rename or change any of
// them. checkNextInternals() compares them at start with what the handler relies on, so that a
// change shows in the log and in /api/health instead of silently leaving Redis unseeded.
// Types and the interface: nextInternals.d.mts.
import { createRequire } from 'node:module';

// Plain require with literal paths: Next's output tracing follows them into the standalone build.
const require = createRequire(import.meta.url);

/** The installed Next's version, for the log line that reports a change. */
export const nextVersion = require('next/package.json').version;

/** Next's internals as installed; each loads on its own, so that one that moved spares the other. */
export const installedNextInternals = {
  fileSystemCache: () => require('next/dist/server/lib/incremental-cache/file-system-cache.js'),
  routeCacheKey: () => require('next/dist/server/lib/route-cache-key.js'),
};

/**
 * Where Next 16.4 reads two of this site's cached responses, a page and a route handler: its key
 * function must still give exactly these (the hash is the SHA-256 of the route's module name).
 */
const knownRouteCacheKeys = [
  {
    pathname: '/en/prisons',
    owner: { kind: 'APP_PAGE', sourceRoute: '/[locale]/[...slug]/page' },
    key: '/route-cache/APP_PAGE/10e21abbbee18003a9be58f478e08b6e7545d8fc87322e768e241d2991cc74ef/$/en/prisons',
  },
  {
    pathname: '/robots.txt',
    owner: { kind: 'APP_ROUTE', sourceRoute: '/robots.txt/route' },
    key: '/route-cache/APP_ROUTE/b31ae3d9b9e8ea6feaa1c6f14779da7794807da6a349f9246abaa4e2d2a615c7/$/robots.txt',
  },
];

/**
 * Loads Next's internals and checks each against what the handler relies on. Never throws: what
 * changed is in `state`, and only what the handler can still use is handed out (else undefined).
 */
export function checkNextInternals(internals = installedNextInternals) {
  const fileSystemCache = loaded('file-system-cache.js', internals.fileSystemCache, fileSystemCacheIn);
  const routeCacheKey = loaded('route-cache-key.js', internals.routeCacheKey, routeCacheKeyIn);
  const changes = [fileSystemCache.change, routeCacheKey.change].filter(Boolean);
  return {
    state: changes.length === 0 ? 'ok' : `changed: ${changes.join('; ')}`,
    FileSystemCache: fileSystemCache.value,
    routeCacheKey: routeCacheKey.value,
  };
}

function loaded(file, load, take) {
  let exports;
  try {
    exports = load();
  } catch (error) {
    // The code, not the message: the message carries the server's paths, and this reaches /api/health.
    return { change: `next/dist/…/${file} does not load (${error?.code ?? 'error'})` };
  }
  return take(exports);
}

/** Next's own cache, which the one-instance cache extends to give it an LRU of its own size. */
function fileSystemCacheIn(exports) {
  const FileSystemCache = exports?.default;
  if (typeof FileSystemCache !== 'function') return { change: 'file-system-cache.js has no default export class' };
  const missing = ['get', 'set', 'revalidateTag'].filter((method) => typeof FileSystemCache.prototype[method] !== 'function');
  if (missing.length > 0) return { change: `FileSystemCache has no ${missing.join(', ')}` };
  // Its source is read rather than an instance made: the first instance creates Next's
  // process-wide memory cache, at the size it is given.
  if (!String(FileSystemCache).includes('maxMemoryCacheSize')) {
    return { value: FileSystemCache, change: 'FileSystemCache no longer reads maxMemoryCacheSize (the LRU size may be ignored)' };
  }
  return { value: FileSystemCache };
}

/** The key function Next reads a route's cached response with. */
function routeCacheKeyIn(exports) {
  const getRouteCacheKey = exports?.getRouteCacheKey;
  if (typeof getRouteCacheKey !== 'function') return { change: 'route-cache-key.js has no getRouteCacheKey function' };
  for (const { pathname, owner, key } of knownRouteCacheKeys) {
    let actual;
    try {
      actual = getRouteCacheKey(pathname, owner);
    } catch (error) {
      return { change: `getRouteCacheKey('${pathname}', ${owner.kind} ${owner.sourceRoute}) throws: ${error?.message}` };
    }
    if (actual !== key) {
      return { change: `getRouteCacheKey('${pathname}', ${owner.kind} ${owner.sourceRoute}) gives ${actual}, not ${key}` };
    }
  }
  return { value: getRouteCacheKey };
}

/**
 * Where Next reads each entry that @fortedigital/nextjs-cache-handler's registerInitialCache
 * (3.3.0) hands over at start. That library still names a page or route handler by its bare path
 * (`/en/prisons`, the root as `/index`); Next 16.4 keeps it under a key scoped by the route that
 * owns it (`/route-cache/APP_PAGE/<hash of the route>/$/en/prisons`), found from the build's
 * prerender-manifest.json (the path's source route) and app-path-routes-manifest.json (the
 * route's module, groups kept). A page or route handler the manifests do not place gives
 * undefined: written under its bare path, nothing would ever read it. Other entries (fetch
 * data) keep their key.
 */
export function initialCacheKeys({ prerenderManifest, appPathRoutesManifest }, routeCacheKey) {
  const moduleOf = new Map(Object.entries(appPathRoutesManifest).map(([module, pathname]) => [pathname, module]));
  return (key, kind) => {
    if (kind !== 'APP_PAGE' && kind !== 'APP_ROUTE') return key;
    const pathname = key === '/index' ? '/' : key;
    const sourceRoute = moduleOf.get(prerenderManifest.routes?.[pathname]?.srcRoute ?? pathname);
    return sourceRoute === undefined ? undefined : routeCacheKey(pathname, { kind, sourceRoute });
  };
}
