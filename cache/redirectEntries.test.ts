import { describe, expect, it } from 'vitest';
import { isRedirectWithoutLocation, keepingRedirectsWhole } from './handler.mjs';

const page = (status: number, headers: Record<string, string>) => ({ kind: 'APP_PAGE', status, headers, html: '', rscData: undefined });

class RecordingCache {
  stored: string[] = [];
  async set(key: string, value: { status: number }) {
    this.stored.push(`${key} ${value.status}`);
  }
}

describe('redirects in the cache', () => {
  it('tells a redirect that lost its Location from a whole one, a page and other entries', () => {
    expect(isRedirectWithoutLocation(page(308, { 'x-next-cache-tags': 'page:en' }))).toBe(true);
    expect(isRedirectWithoutLocation(page(307, {}))).toBe(true);
    expect(isRedirectWithoutLocation(page(308, { location: '/en/about-oas' }))).toBe(false);
    expect(isRedirectWithoutLocation(page(200, {}))).toBe(false);
    expect(isRedirectWithoutLocation(page(404, {}))).toBe(false);
    expect(isRedirectWithoutLocation({ kind: 'FETCH', data: {} })).toBe(false);
    expect(isRedirectWithoutLocation(null)).toBe(false);
  });

  it('stores pages and whole redirects, never a redirect without its Location', async () => {
    const cache = new (keepingRedirectsWhole(RecordingCache))();
    await cache.set('/en/prisons', page(200, {}));
    await cache.set('/en/about-the-oas', page(308, { location: '/en/about-oas' }));
    await cache.set('/en/about-the-oas', page(308, {}));
    expect(cache.stored).toEqual(['/en/prisons 200', '/en/about-the-oas 308']);
  });
});
