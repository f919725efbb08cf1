// What `next start` loads before anything else; without it Next's testing helpers below fail.
import 'next/dist/server/node-environment-baseline';
import { unstable_getResponseFromNextConfig } from 'next/dist/experimental/testing/server/config-testing-utils';
import { unstable_doesMiddlewareMatch } from 'next/dist/experimental/testing/server/middleware-testing-utils';
import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

interface RequestContext {
  /** The build's environment, over one where no cache setting is set. */
  environment?: Record<string, string>;
  headers?: Record<string, string>;
}

/**
 * The Cache-Control a request is answered with before the page or route handler has its say:
 * next.config's header rules, as built in the given environment and matched by Next's own
 * helpers; then, where the proxy runs, its answer's own Cache-Control, which replaces theirs.
 * Not for next.config's own redirects (/es/documents): the server sends those before any rule.
 */
async function cacheControlOf(path: string, { environment = {}, headers = {} }: RequestContext = {}): Promise<string | null> {
  vi.resetModules();
  const unset = { CACHE_S_MAXAGE: undefined, CACHE_STALE_WHILE_REVALIDATE: undefined };
  for (const [name, value] of Object.entries({ ...unset, ...environment })) vi.stubEnv(name, value);
  const { default: nextConfig } = await import('@/next.config');
  const { default: proxy, config } = await import('@/proxy');
  const url = `https://dps.example.test${path}`;
  const fromRules = (await unstable_getResponseFromNextConfig({ url, nextConfig, headers })).headers.get('Cache-Control');
  if (!unstable_doesMiddlewareMatch({ config, url, headers })) return fromRules;
  const answer = await proxy(new NextRequest(url, { headers }));
  return answer.headers.get('Cache-Control') ?? fromRules;
}

const page = 'public, s-maxage=60, stale-while-revalidate=600';
const neverStored = 'private, no-store';

afterEach(() => vi.unstubAllEnvs());

describe('what a CDN may keep, by default', () => {
  it.each(['/en', '/es/carceles', '/en/section/child', '/es/noticias', '/en/news/feed.xml', '/sitemap.xml', '/robots.txt'])(
    '%s: a minute fresh, then ten minutes served stale while the CDN asks again',
    async (path) => expect(await cacheControlOf(path)).toBe(page),
  );

  it.each(['/api/language?to=%2Fes', '/api/health', '/api/revalidate', '/api/no-such-route'])(
    '%s, a route handler: never stored',
    async (path) => expect(await cacheControlOf(path)).toBe(neverStored),
  );

  it.each(['/', '/prisons', '/en/%E0%A4%A'])(
    '%s, answered by the proxy (a redirect to a language, or a 400): never stored',
    async (path) => expect(await cacheControlOf(path)).toBe(neverStored),
  );

  it('a page’s RSC payload is public when the request names it, never stored when it does not', async () => {
    // Without `_rsc`, Next answers with a redirect that has no Vary: a browser could be served it.
    expect(await cacheControlOf('/en/prisons?_rsc=1x2y3', { headers: { rsc: '1' } })).toBe(page);
    expect(await cacheControlOf('/en/prisons', { headers: { rsc: '1' } })).toBe(neverStored);
  });

  it.each(['/_next/static/chunks/main.js', '/_next/image?url=%2Ficon.svg&w=64&q=75'])(
    '%s, a framework asset: left to Next’s own (immutable) policy',
    async (path) => expect(await cacheControlOf(path)).toBeNull(),
  );
});

describe('the build’s environment', () => {
  const environment = { CACHE_S_MAXAGE: '5', CACHE_STALE_WHILE_REVALIDATE: '30' };

  it('sets how long a CDN keeps pages with CACHE_S_MAXAGE and CACHE_STALE_WHILE_REVALIDATE', async () => {
    expect(await cacheControlOf('/en/prisons', { environment })).toBe('public, s-maxage=5, stale-while-revalidate=30');
    expect(await cacheControlOf('/sitemap.xml', { environment })).toBe('public, s-maxage=5, stale-while-revalidate=30');
  });

  it('never makes route handlers or the proxy’s redirects storable', async () => {
    expect(await cacheControlOf('/api/health', { environment })).toBe(neverStored);
    expect(await cacheControlOf('/prisons', { environment })).toBe(neverStored);
  });

  it('fails the build on a value that is not a whole number of seconds', async () => {
    await expect(cacheControlOf('/en', { environment: { CACHE_S_MAXAGE: '1m' } })).rejects.toThrow(
      'a whole number of seconds',
    );
  });
});
