// The interface of nextInternals.mjs: the only door from the cache handler to next/dist.

/** A route's identity in Next's response cache: its kind and its module name (`/[locale]/page`). */
export interface RouteCacheOwner {
  kind: string;
  sourceRoute: string;
}

/** Next's key for a route's cached response at a path. */
export type RouteCacheKey = (pathname: string, owner: RouteCacheOwner) => string;

/** How each internal is loaded (tests pass fakes); loading may throw. */
export interface NextInternalsLoaders {
  fileSystemCache(): unknown;
  routeCacheKey(): unknown;
}

export interface NextInternalsCheck {
  /** For the log and /api/health: 'ok', or 'changed: ' and what changed. */
  state: 'ok' | `changed: ${string}`;
  /** Next's FileSystemCache class, when it still loads with get, set and revalidateTag. */
  FileSystemCache: (new (context: object) => object) | undefined;
  /** Next's route cache key function, when it still gives the known keys. */
  routeCacheKey: RouteCacheKey | undefined;
}

export const nextVersion: string;
export const installedNextInternals: NextInternalsLoaders;
export function checkNextInternals(internals?: NextInternalsLoaders): NextInternalsCheck;

/** The parts of the build's manifests the key mapping reads. */
export interface BuildManifests {
  prerenderManifest: { routes?: Record<string, { srcRoute?: string | null } | undefined> };
  appPathRoutesManifest: Record<string, string>;
}

/** Maps an entry registerInitialCache hands over to the key Next reads it under (undefined: none). */
export function initialCacheKeys(
  manifests: BuildManifests,
  routeCacheKey: RouteCacheKey,
): (key: string, kind: string | undefined) => string | undefined;
