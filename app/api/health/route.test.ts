import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { cacheState } from '@/cache/handler.mjs';
import { GET } from './route';

type CacheState = ReturnType<typeof cacheState>;
let cache: CacheState;
vi.mock('@/cache/runtime', () => ({ cacheHandlerModule: async () => ({ cacheState: () => cache }) }));

async function health() {
  const response = await GET();
  return { status: response.status, body: (await response.json()) as { status: string; cache: CacheState } };
}

describe('/api/health', () => {
  beforeEach(() => {
    cache = { kind: 'redis', connected: true, pendingRevalidations: 0, nextInternals: 'ok' };
  });

  it('says ok while the cache works as designed', async () => {
    expect(await health()).toMatchObject({ status: 200, body: { status: 'ok', cache } });
  });

  it("stays 200 when Next's internals changed, so that no balancer pulls every upgraded instance, and says what changed", async () => {
    cache.nextInternals = 'changed: route-cache-key.js has no getRouteCacheKey function';
    expect(await health()).toMatchObject({
      status: 200,
      body: { status: 'degraded', cache: { nextInternals: 'changed: route-cache-key.js has no getRouteCacheKey function' } },
    });
  });

  it('stays 200 while Redis is unreachable, and says degraded', async () => {
    cache = { kind: 'redis', connected: false, pendingRevalidations: 2, nextInternals: 'ok' };
    expect(await health()).toMatchObject({ status: 200, body: { status: 'degraded' } });
  });

  it('says ok for one instance without Redis', async () => {
    cache = { kind: 'local', detail: 'one instance: in-memory LRU', nextInternals: 'ok' };
    expect(await health()).toMatchObject({ status: 200, body: { status: 'ok' } });
  });
});
