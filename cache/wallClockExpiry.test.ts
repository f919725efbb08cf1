import { afterEach, describe, expect, it, vi } from 'vitest';
import { expiringByTheWallClock } from './handler.mjs';

type Entry = { lastModified: number; value: { kind: string; headers?: Record<string, string> } };

/** Stands in for Next's cache: hands back what it was given, checks no tag itself. */
class StoringCache {
  entries = new Map<string, Entry>();
  revalidations: unknown[] = [];
  async get(...[key]: [key: string, ctx?: unknown]): Promise<Entry | null> {
    return this.entries.get(key) ?? null;
  }
  async revalidateTag(tags: string | string[], durations?: { expire?: number }) {
    this.revalidations.push({ tags, durations });
  }
}

const page = (lastModified: number, tags: string): Entry => ({
  lastModified,
  value: { kind: 'APP_PAGE', headers: { 'x-next-cache-tags': tags } },
});

describe('a publish expires entries by the wall clock', () => {
  afterEach(() => vi.useRealTimers());

  it('misses a page cached before one of its tags was expired at once, and keeps the others', async () => {
    vi.useFakeTimers({ now: 5_000 });
    const cache = new (expiringByTheWallClock(StoringCache))();
    cache.entries.set('/es/carceles', page(1_000, '_N_T_/es/carceles,content,page:page-prisons-es'));
    cache.entries.set('/en/prisons', page(1_000, '_N_T_/en/prisons,page:page-prisons-en'));
    await cache.revalidateTag(['page:page-prisons-es'], { expire: 0 });
    expect(await cache.get('/es/carceles')).toBeNull();
    expect(await cache.get('/en/prisons')).toEqual(page(1_000, '_N_T_/en/prisons,page:page-prisons-en'));
  });

  it('serves what was rendered after the publish', async () => {
    vi.useFakeTimers({ now: 5_000 });
    const cache = new (expiringByTheWallClock(StoringCache))();
    await cache.revalidateTag('page:page-mispa-es', { expire: 0 });
    cache.entries.set('/es/mispa', page(5_001, 'page:page-mispa-es'));
    expect(await cache.get('/es/mispa')).not.toBeNull();
  });

  it("misses data cached under an expired tag, read from the request's tags", async () => {
    vi.useFakeTimers({ now: 5_000 });
    const cache = new (expiringByTheWallClock(StoringCache))();
    cache.entries.set('groq-news', { lastModified: 1_000, value: { kind: 'FETCH' } });
    await cache.revalidateTag(['type:newsArticle'], undefined);
    expect(await cache.get('groq-news', { kind: 'FETCH', tags: ['content', 'type:newsArticle'] })).toBeNull();
    expect(await cache.get('groq-news', { kind: 'FETCH', tags: ['content', 'type:meeting'] })).not.toBeNull();
  });

  it("leaves a revalidation that only marks entries stale to Next's own handling", async () => {
    vi.useFakeTimers({ now: 5_000 });
    const cache = new (expiringByTheWallClock(StoringCache))();
    cache.entries.set('/en/news', page(1_000, 'type:pressRelease'));
    await cache.revalidateTag(['type:pressRelease'], { expire: 3600 });
    expect(cache.revalidations).toEqual([{ tags: ['type:pressRelease'], durations: { expire: 3600 } }]);
    expect(await cache.get('/en/news')).not.toBeNull();
  });
});
