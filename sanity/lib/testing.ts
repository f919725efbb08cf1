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
