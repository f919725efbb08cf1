import { z } from 'zod';

/**
 * Cache-Control for shared caches (a CDN in front of the instances). A CDN that cannot be purged
 * by tag cannot know about a publish, so it may keep a page only briefly: `s-maxage` seconds
 * fresh, then `stale-while-revalidate` seconds served stale while it asks again. Without this,
 * Next sends prerendered pages with `s-maxage=31536000`: a CDN would keep them a year.
 * Read at build time (next.config `headers()` is fixed in the build).
 */
const seconds = z.string().trim().regex(/^\d+$/, 'a whole number of seconds').transform(Number);

export const cacheControlSettingsModel = z.object({
  CACHE_S_MAXAGE: seconds.default(60),
  CACHE_STALE_WHILE_REVALIDATE: seconds.default(600),
});

export type CacheControlSettings = z.output<typeof cacheControlSettingsModel>;

export const uncached = 'private, no-store';

function publicCacheControl({ CACHE_S_MAXAGE, CACHE_STALE_WHILE_REVALIDATE }: CacheControlSettings): string {
  return `public, s-maxage=${CACHE_S_MAXAGE}, stale-while-revalidate=${CACHE_STALE_WHILE_REVALIDATE}`;
}

interface HeaderRule {
  source: string;
  has?: { type: 'header' | 'query'; key: string }[];
  missing?: { type: 'header' | 'query'; key: string }[];
  headers: { key: string; value: string }[];
}

/**
 * Rules for next.config `headers()`; when several match, the last one sets the header. Every
 * page, the sitemap, robots.txt and any feed are public for the CDN; route handlers (which set
 * cookies, redirect, or answer per request) are never stored, nor is the redirect Next answers
 * an RSC request without its `_rsc` parameter with (it has no Vary: a CDN would serve it to a
 * browser asking for the page). Draft-mode and error responses are marked uncached by Next
 * itself, whatever these say; Next's own redirects (next.config `redirects()`, trailing slashes)
 * are sent before any header rule applies.
 */
export function cacheControlHeaders(settings: CacheControlSettings): HeaderRule[] {
  const value = (header: string) => [{ key: 'Cache-Control', value: header }];
  return [
    // Framework assets keep Next's own (immutable) policy.
    { source: '/((?!_next/).*)', headers: value(publicCacheControl(settings)) },
    { source: '/api/:path*', headers: value(uncached) },
    {
      source: '/:path*',
      has: [{ type: 'header', key: 'rsc' }],
      missing: [{ type: 'query', key: '_rsc' }],
      headers: value(uncached),
    },
  ];
}
