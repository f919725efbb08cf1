import { afterEach, beforeEach, vi } from 'vitest';

/**
 * For unit tests of the content layer: the next import of a module reads the bundled dataset
 * plus these fixture files, afresh (comma-separated NDJSON paths).
 */
export function readEmbeddedSourceWith(fixtures: string): void {
  vi.resetModules();
  vi.stubEnv('SANITY_PROJECT_ID', '');
  vi.stubEnv('SANITY_DATASET', '');
  vi.stubEnv('SANITY_EMBEDDED_FIXTURES', fixtures);
}

/** What the content layer logs (left-out documents) during each test of the file, emptied before each. */
export function collectWarnings(): string[] {
  const warnings: string[] = [];
  beforeEach(() => {
    warnings.length = 0;
    vi.spyOn(console, 'warn').mockImplementation((message: string) => void warnings.push(message));
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });
  return warnings;
}

/** The content layer afresh: every document type's loaders, models and queries, and the source. */
export async function importContentLayer() {
  return {
    ...(await import('../documentTypes/homePage')),
    ...(await import('../documentTypes/meeting')),
    ...(await import('../documentTypes/memberState')),
    ...(await import('../documentTypes/newsArticle')),
    ...(await import('../documentTypes/page')),
    ...(await import('../documentTypes/publication')),
    ...(await import('../documentTypes/search')),
    ...(await import('../documentTypes/siteChrome')),
    ...(await import('../documentTypes/translatable')),
    ...(await import('./source')),
  };
}
