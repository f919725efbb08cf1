import 'server-only';
import { unstable_cache } from 'next/cache';
import { draftMode } from 'next/headers';
import { contentSourceFrom, type ContentSource } from '../env';
import { createLiveClient, createPreviewClient } from './client';
import { loadDocumentIndex, queryIndex } from './embedded';
import { allContentTag } from './tags';

/**
 * The content source a query runs against, chosen once per process from the environment.
 * Everything above this file asks for GROQ results and never knows which source answered.
 */
export class ContentSourceError extends Error {
  override name = 'ContentSourceError';
}

/** Preview reads drafts (with stega-encoded text for the Studio's overlays); the site reads what is published. */
export type Perspective = 'published' | 'preview';

type RunQuery = (query: string, params: Record<string, unknown>, perspective: Perspective) => Promise<unknown>;

function runnerFor(source: ContentSource): RunQuery {
  if (source.kind === 'live') {
    const clients = { published: createLiveClient(source), preview: createPreviewClient(source) };
    return (query, params, perspective) => clients[perspective].fetch(query, params);
  }
  let index: ReturnType<typeof loadDocumentIndex> | undefined;
  return async (query, params) => {
    index ??= loadDocumentIndex(source.files);
    return queryIndex(await index, query, params);
  };
}

let runner: RunQuery | undefined;

/** Runs a query now, on whichever source the process uses. The bundled dataset has no drafts. */
export async function runQuery(
  query: string,
  params: Record<string, unknown>,
  perspective: Perspective = 'published',
): Promise<unknown> {
  runner ??= runnerFor(contentSourceFrom(process.env));
  try {
    return await runner(query, params, perspective);
  } catch (error) {
    throw new ContentSourceError('The content source failed to answer a query', { cause: error });
  }
}

/** Outside a request (static params, the sitemap at build time) there is no draft mode to ask. */
export async function isDraftMode(): Promise<boolean> {
  try {
    return (await draftMode()).isEnabled;
  } catch {
    return false;
  }
}

/**
 * Runs a query through Next's data cache under the given tags, which also tag the page that
 * asked: the page stays static until a publish revalidates one of them. A failure is not cached.
 * An editor in draft mode reads drafts, uncached: Next never caches a draft-mode response.
 */
export async function cachedQuery(query: string, params: Record<string, unknown>, tags: string[]): Promise<unknown> {
  if (await isDraftMode()) return runQuery(query, params, 'preview');
  return unstable_cache(() => runQuery(query, params), ['groq', query, JSON.stringify(params)], {
    tags: [allContentTag, ...tags],
    revalidate: false,
  })();
}
