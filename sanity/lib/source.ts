import 'server-only';
import { unstable_cache } from 'next/cache';
import { contentSourceFrom, type ContentSource } from '../env';
import { createLiveClient } from './client';
import { loadDocumentIndex, queryIndex } from './embedded';
import { allContentTag } from './tags';

/**
 * The content source a query runs against, chosen once per process from the environment.
 * Everything above this file asks for GROQ results and never knows which source answered.
 */
export class ContentSourceError extends Error {
  override name = 'ContentSourceError';
}

type RunQuery = (query: string, params: Record<string, unknown>) => Promise<unknown>;

function runnerFor(source: ContentSource): RunQuery {
  if (source.kind === 'live') {
    const client = createLiveClient(source);
    return (query, params) => client.fetch(query, params);
  }
  let index: ReturnType<typeof loadDocumentIndex> | undefined;
  return async (query, params) => {
    index ??= loadDocumentIndex(source.files);
    return queryIndex(await index, query, params);
  };
}

let runner: RunQuery | undefined;

/** Runs a query now, on whichever source the process uses. */
export async function runQuery(query: string, params: Record<string, unknown>): Promise<unknown> {
  runner ??= runnerFor(contentSourceFrom(process.env));
  try {
    return await runner(query, params);
  } catch (error) {
    throw new ContentSourceError('The content source failed to answer a query', { cause: error });
  }
}

/**
 * Runs a query through Next's data cache under the given tags, which also tag the page that
 * asked: the page stays static until a publish revalidates one of them. A failure is not cached.
 */
export function cachedQuery(query: string, params: Record<string, unknown>, tags: string[]): Promise<unknown> {
  return unstable_cache(() => runQuery(query, params), ['groq', query, JSON.stringify(params)], {
    tags: [allContentTag, ...tags],
    revalidate: false,
  })();
}
