import { cacheHandlerModule } from '@/cache/runtime';
import { contentSourceFrom } from '@/sanity/env';
import { uncached } from '@/cache/headers';

/**
 * For load balancers: 200 while this instance serves, with where its content comes from and the
 * state of its cache. No secrets: no token, no Redis address. A Redis outage or a change in
 * Next's internals (after an upgrade) is not a failure here: pages still render, only without
 * part of the cache. Answered with a 503 it would make every balancer pull every instance at once,
 * so it is 200 with `status: 'degraded'`, for monitoring to notice.
 */
export const dynamic = 'force-dynamic';

export async function GET() {
  const source = contentSourceFrom(process.env);
  const content =
    source.kind === 'live'
      ? { kind: 'sanity', projectId: source.projectId, dataset: source.dataset }
      : { kind: 'bundled', files: source.files.length };
  const cache = (await cacheHandlerModule()).cacheState();
  const degraded = cache.nextInternals !== 'ok' || (cache.kind === 'redis' && !cache.connected);
  return Response.json({ status: degraded ? 'degraded' : 'ok', content, cache }, { headers: { 'Cache-Control': uncached } });
}
