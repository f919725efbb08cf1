import { defineEnableDraftMode } from 'next-sanity/draft-mode';
import { contentSourceFrom } from '@/sanity/env';
import { createLiveClient } from '@/sanity/lib/client';
import { readToken } from '@/sanity/lib/token';

/**
 * The Studio's Presentation tool opens previews through here: a valid preview secret (checked
 * against the Content Lake by @sanity/preview-url-secret) turns draft mode on; anything else is
 * a 401. Without a Sanity project and a read token there are no drafts to preview.
 */
export async function GET(request: Request) {
  const source = contentSourceFrom(process.env);
  if (source.kind !== 'live' || !readToken) {
    return new Response('Preview needs a Sanity project and SANITY_API_READ_TOKEN.\n', {
      status: 401,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' },
    });
  }
  // next-sanity types its option with the @sanity/client 7 it bundles; ours is 8, the same API.
  const client = createLiveClient(source).withConfig({ token: readToken }) as unknown as Parameters<
    typeof defineEnableDraftMode
  >[0]['client'];
  const { GET: enable } = defineEnableDraftMode({ client });
  return enable(request);
}
