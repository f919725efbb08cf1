import 'server-only';
import { contentSourceFrom, type ContentSource } from '../env';
import { createLiveClient } from './client';
import { loadDocumentIndex, queryIndex } from './embedded';

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

export async function runQuery(query: string, params: Record<string, unknown>): Promise<unknown> {
  runner ??= runnerFor(contentSourceFrom(process.env));
  try {
    return await runner(query, params);
  } catch (error) {
    throw new ContentSourceError('The content source failed to answer a query', { cause: error });
  }
}
