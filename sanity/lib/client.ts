import 'server-only';
import { createClient, type SanityClient } from '@sanity/client';
import { apiVersion, type ContentSource } from '../env';
import { readToken } from './token';

/**
 * The live Content Lake. Pages are cached by Next and refreshed by tag, so reads go to the
 * uncached API: the API CDN can lag a publish by up to a minute.
 */
export function createLiveClient(source: Extract<ContentSource, { kind: 'live' }>): SanityClient {
  return createClient({
    projectId: source.projectId,
    dataset: source.dataset,
    apiVersion,
    // A custom API host is a stand-in on loopback: it has no per-project hostnames.
    ...(source.apiHost ? { apiHost: source.apiHost, useProjectHostname: false } : {}),
    useCdn: false,
    perspective: 'published',
    token: readToken,
    // A hanging Content Lake must not hold a reader for long: one try, then the error page.
    timeout: source.timeoutMs,
    maxRetries: 0,
  });
}

/**
 * Drafts for editors in draft mode, with visible text stega-encoded so that the Studio's
 * Presentation tool can map it back to its fields. Needs the read token.
 */
export function createPreviewClient(source: Extract<ContentSource, { kind: 'live' }>): SanityClient {
  return createLiveClient(source).withConfig({
    perspective: 'drafts',
    token: readToken,
    stega: { enabled: true, studioUrl: '/studio' },
  });
}
