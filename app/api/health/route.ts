import { cacheHandlerModule } from '@/cache/runtime';
import { contentSourceFrom } from '@/sanity/env';
import { uncached } from '@/cache/headers';

/**
 * For load balancers: 200 while this instance serves, with where its content comes from and the
 * state of its cache. No secrets: no token, no Redis address. A Redis outage is not a failure
 * here (pages still render without it), so it is reported, not answered with an error.
 */
export const dynamic = 'force-dynamic';

export async function GET() {
  const source = contentSourceFrom(process.env);
  const content =
    source.kind === 'live'
      ? { kind: 'sanity', projectId: source.projectId, dataset: source.dataset }
      : { kind: 'bundled', files: source.files.length };
  const cache = (await cacheHandlerModule()).cacheState();
  return Response.json({ status: 'ok', content, cache }, { headers: { 'Cache-Control': uncached } });
}
