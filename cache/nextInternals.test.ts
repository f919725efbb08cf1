import { describe, expect, it } from 'vitest';
import { redisKeyPrefix } from './handler.mjs';
import { checkNextInternals, initialCacheKeys, installedNextInternals, type NextInternalsLoaders } from './nextInternals.mjs';

const installed = checkNextInternals();

/** The installed internals with one of them replaced. */
function withInternal(replacement: Partial<NextInternalsLoaders>): NextInternalsLoaders {
  return { ...installedNextInternals, ...replacement };
}

describe("the check of Next's internals", () => {
  it('passes against the installed Next and hands out what the handler uses', () => {
    expect(installed.state).toBe('ok');
    expect(installed.FileSystemCache).toBeTypeOf('function');
    expect(installed.routeCacheKey).toBeTypeOf('function');
  });

  it('names a module that no longer loads, by its error code only (no server path)', () => {
    const check = checkNextInternals(
      withInternal({
        routeCacheKey: () => {
          throw Object.assign(new Error("Cannot find module '/srv/site/node_modules/next/dist/server/lib/route-cache-key.js'"), {
            code: 'MODULE_NOT_FOUND',
          });
        },
      }),
    );
    expect(check.state).toBe('changed: next/dist/…/route-cache-key.js does not load (MODULE_NOT_FOUND)');
    expect(check.state).not.toContain('/srv');
    expect(check.routeCacheKey).toBeUndefined();
    // What did not change is still handed out.
    expect(check.FileSystemCache).toBe(installed.FileSystemCache);
  });

  it('names a key function that is gone', () => {
    const check = checkNextInternals(withInternal({ routeCacheKey: () => ({ getResponseCacheKey: () => '' }) }));
    expect(check.state).toBe('changed: route-cache-key.js has no getRouteCacheKey function');
    expect(check.routeCacheKey).toBeUndefined();
  });

  it('names a key function that maps a known route differently, with both keys', () => {
    const unscoped = (pathname: string) => pathname;
    const check = checkNextInternals(withInternal({ routeCacheKey: () => ({ getRouteCacheKey: unscoped }) }));
    expect(check.state).toBe(
      "changed: getRouteCacheKey('/en/prisons', APP_PAGE /[locale]/[...slug]/page) gives /en/prisons, not " +
        '/route-cache/APP_PAGE/10e21abbbee18003a9be58f478e08b6e7545d8fc87322e768e241d2991cc74ef/$/en/prisons',
    );
    expect(check.routeCacheKey).toBeUndefined();
  });

  it('names a key function that throws on a known route', () => {
    const throwing = () => {
      throw new Error('Response cache requires a route definition');
    };
    const check = checkNextInternals(withInternal({ routeCacheKey: () => ({ getRouteCacheKey: throwing }) }));
    expect(check.state).toBe(
      "changed: getRouteCacheKey('/en/prisons', APP_PAGE /[locale]/[...slug]/page) throws: Response cache requires a route definition",
    );
  });

  it("names a FileSystemCache without a method the cache relies on, and does not hand it out", () => {
    class WithoutRevalidateTag {
      get() {}
      set() {}
    }
    const check = checkNextInternals(withInternal({ fileSystemCache: () => ({ default: WithoutRevalidateTag }) }));
    expect(check.state).toBe('changed: FileSystemCache has no revalidateTag');
    expect(check.FileSystemCache).toBeUndefined();
    expect(check.routeCacheKey).toBe(installed.routeCacheKey);
  });

  it('hands out a FileSystemCache that ignores the LRU size, but says so', () => {
    class WithoutMemoryCacheSize {
      get() {}
      set() {}
      revalidateTag() {}
    }
    const check = checkNextInternals(withInternal({ fileSystemCache: () => ({ default: WithoutMemoryCacheSize }) }));
    expect(check.state).toBe('changed: FileSystemCache no longer reads maxMemoryCacheSize (the LRU size may be ignored)');
    expect(check.FileSystemCache).toBe(WithoutMemoryCacheSize);
  });

  it('names every change at once', () => {
    const check = checkNextInternals({ fileSystemCache: () => ({}), routeCacheKey: () => ({}) });
    expect(check.state).toBe(
      'changed: file-system-cache.js has no default export class; route-cache-key.js has no getRouteCacheKey function',
    );
  });
});

describe('the keys the build’s pages are put in Redis under', () => {
  // As in a build of this site: a page of the catch-all route, a language's home, the root's
  // not-found page, a route handler, and a page of a route group (its module name keeps the group).
  const manifests = {
    prerenderManifest: {
      routes: {
        '/en/prisons': { srcRoute: '/[locale]/[...slug]' },
        '/es': { srcRoute: '/[locale]' },
        '/_not-found': { srcRoute: '/_not-found' },
        '/robots.txt': { srcRoute: null },
        '/studio': { srcRoute: '/studio/[[...tool]]' },
      },
    },
    appPathRoutesManifest: {
      '/[locale]/[...slug]/page': '/[locale]/[...slug]',
      '/[locale]/page': '/[locale]',
      '/_not-found/page': '/_not-found',
      '/robots.txt/route': '/robots.txt',
      '/(studio)/studio/[[...tool]]/page': '/studio/[[...tool]]',
    },
  };
  const buildId = 'kQ3xVbWl0cN1a2f7YH8sT';
  const redisKeyOf = (key: string, kind: string) => {
    const nextKey = initialCacheKeys(manifests, installed.routeCacheKey!)(key, kind);
    return nextKey === undefined ? undefined : redisKeyPrefix(buildId) + nextKey;
  };

  it("are Next's route-scoped keys, after the build's id", () => {
    expect(redisKeyOf('/en/prisons', 'APP_PAGE')).toBe(
      'oas-dsp:kQ3xVbWl0cN1a2f7YH8sT:/route-cache/APP_PAGE/10e21abbbee18003a9be58f478e08b6e7545d8fc87322e768e241d2991cc74ef/$/en/prisons',
    );
    expect(redisKeyOf('/es', 'APP_PAGE')).toBe(
      'oas-dsp:kQ3xVbWl0cN1a2f7YH8sT:/route-cache/APP_PAGE/2825bf9e1aa035199cc70149b2d86ad387d3637a420605faa046db23b53f0b30/$/es',
    );
    expect(redisKeyOf('/_not-found', 'APP_PAGE')).toBe(
      'oas-dsp:kQ3xVbWl0cN1a2f7YH8sT:/route-cache/APP_PAGE/41da0ef926a63354a29f601d8e8d0a5951196c45ebcd28b7d4708fb7f56f3bf1/$/_not-found',
    );
    expect(redisKeyOf('/robots.txt', 'APP_ROUTE')).toBe(
      'oas-dsp:kQ3xVbWl0cN1a2f7YH8sT:/route-cache/APP_ROUTE/b31ae3d9b9e8ea6feaa1c6f14779da7794807da6a349f9246abaa4e2d2a615c7/$/robots.txt',
    );
  });

  it('hash the module name with its route group, as Next reads it', () => {
    // SHA-256 of '/(studio)/studio/[[...tool]]/page'.
    expect(redisKeyOf('/studio', 'APP_PAGE')).toBe(
      'oas-dsp:kQ3xVbWl0cN1a2f7YH8sT:/route-cache/APP_PAGE/1063b2f00254a5245b14892f09132e4a44e7f766c40a034caa0552b2d27dd419/$/studio',
    );
  });

  it('of another build differ', () => {
    expect(redisKeyPrefix('another-build')).toBe('oas-dsp:another-build:');
    expect(redisKeyPrefix(undefined)).toBe('oas-dsp:unbuilt:');
  });

  it("leave fetched data under the library's key", () => {
    expect(redisKeyOf('4c1e0d6f0e2b', 'FETCH')).toBe(`oas-dsp:${buildId}:4c1e0d6f0e2b`);
  });

  it('are none for a page the manifests do not place: nothing would read it', () => {
    expect(redisKeyOf('/en/unlisted', 'APP_PAGE')).toBeUndefined();
  });
});
