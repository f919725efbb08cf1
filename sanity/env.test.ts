import { describe, expect, it } from 'vitest';
import { ConfigurationError, contentSourceFrom, describeContentSource } from './env';

describe('content source configuration', () => {
  it('uses the bundled dataset when no project is configured', () => {
    expect(contentSourceFrom({})).toEqual({ kind: 'embedded', files: ['sanity/dataset/production.ndjson'] });
  });

  it('adds test fixtures to the bundled dataset', () => {
    expect(contentSourceFrom({ SANITY_EMBEDDED_FIXTURES: 'a.ndjson, b.ndjson' })).toEqual({
      kind: 'embedded',
      files: ['sanity/dataset/production.ndjson', 'a.ndjson', 'b.ndjson'],
    });
  });

  it('reads a live project when both its id and dataset are set', () => {
    expect(
      contentSourceFrom({ SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production', SANITY_API_HOST: 'http://127.0.0.1:4000' }),
    ).toEqual({
      kind: 'live',
      projectId: 'abc123',
      dataset: 'production',
      apiHost: 'http://127.0.0.1:4000',
      timeoutMs: 3000,
    });
  });

  it('reads the Content Lake timeout', () => {
    const source = contentSourceFrom({ SANITY_PROJECT_ID: 'abc', SANITY_DATASET: 'production', SANITY_REQUEST_TIMEOUT_MS: '750' });
    expect(source.kind === 'live' && source.timeoutMs).toBe(750);
  });

  it('treats blank values as unset', () => {
    expect(contentSourceFrom({ SANITY_PROJECT_ID: ' ', SANITY_DATASET: '' }).kind).toBe('embedded');
  });

  it.each([
    [{ SANITY_PROJECT_ID: 'abc123' }, /only SANITY_PROJECT_ID is set/],
    [{ SANITY_DATASET: 'production' }, /only SANITY_DATASET is set/],
    [{ SANITY_PROJECT_ID: 'ABC!', SANITY_DATASET: 'production' }, /SANITY_PROJECT_ID holds lowercase/],
    [{ SANITY_PROJECT_ID: 'abc', SANITY_DATASET: 'production', SANITY_API_HOST: 'ftp://x' }, /Invalid/],
    [{ SANITY_PROJECT_ID: 'abc', SANITY_DATASET: 'production', SANITY_EMBEDDED_FIXTURES: 'x.ndjson' }, /only applies/],
  ])('rejects %j with a clear message', (environment, message) => {
    expect(() => contentSourceFrom(environment)).toThrow(ConfigurationError);
    expect(() => contentSourceFrom(environment)).toThrow(message);
  });

  it('names each source differently, so a server can compare it with its build', () => {
    const embedded = describeContentSource(contentSourceFrom({}));
    const live = describeContentSource(contentSourceFrom({ SANITY_PROJECT_ID: 'abc', SANITY_DATASET: 'production' }));
    expect(embedded).toMatch(/bundled dataset/);
    expect(live).toMatch(/abc.*production/);
    expect(embedded).not.toBe(live);
  });
});
