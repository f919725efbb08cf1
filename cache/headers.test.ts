import { describe, expect, it } from 'vitest';
import { cacheControlHeaders, cacheControlSettingsModel, publicCacheControl, uncached } from './headers';

describe('Cache-Control settings', () => {
  it('default to a minute fresh and ten minutes stale for shared caches', () => {
    const settings = cacheControlSettingsModel.parse({});
    expect(publicCacheControl(settings)).toBe('public, s-maxage=60, stale-while-revalidate=600');
  });

  it('take their values from the environment', () => {
    const settings = cacheControlSettingsModel.parse({ CACHE_S_MAXAGE: '5', CACHE_STALE_WHILE_REVALIDATE: '30' });
    expect(publicCacheControl(settings)).toBe('public, s-maxage=5, stale-while-revalidate=30');
  });

  it('refuse a value that is not a number of seconds', () => {
    expect(cacheControlSettingsModel.safeParse({ CACHE_S_MAXAGE: '1m' }).success).toBe(false);
  });
});

describe('Cache-Control rules', () => {
  const rules = cacheControlHeaders(cacheControlSettingsModel.parse({}));

  it('make pages public, after which route handlers and bare RSC requests are uncached', () => {
    expect(rules.map(({ source, headers }) => [source, headers[0]?.value])).toEqual([
      ['/((?!_next/).*)', 'public, s-maxage=60, stale-while-revalidate=600'],
      ['/api/:path*', uncached],
      ['/:path*', uncached],
    ]);
    expect(rules[2]).toMatchObject({ has: [{ type: 'header', key: 'rsc' }], missing: [{ type: 'query', key: '_rsc' }] });
  });
});
