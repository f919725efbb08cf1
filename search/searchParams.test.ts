import { describe, expect, it } from 'vitest';
import { maxQueryLength, parseSearchParams } from './searchParams';

describe('the search page’s query string', () => {
  it('has no query when q is absent or blank', () => {
    expect(parseSearchParams({})).toMatchObject({ kind: 'empty', page: 1 });
    expect(parseSearchParams({ q: '   ' })).toMatchObject({ kind: 'empty' });
  });

  it('takes the query as plain text, its spaces tidied', () => {
    expect(parseSearchParams({ q: '  cárcel   reunión ' })).toMatchObject({ kind: 'query', query: 'cárcel reunión' });
    expect(parseSearchParams({ q: '*"]<script>' })).toMatchObject({ kind: 'query', query: '*"]<script>' });
  });

  it('takes the first of a repeated q', () => {
    expect(parseSearchParams({ q: ['prison', 'policy'] })).toMatchObject({ kind: 'query', query: 'prison' });
  });

  it(`refuses a query longer than ${maxQueryLength} characters, counting accented letters once`, () => {
    expect(parseSearchParams({ q: 'a'.repeat(maxQueryLength) })).toMatchObject({ kind: 'query' });
    expect(parseSearchParams({ q: 'á'.repeat(maxQueryLength) })).toMatchObject({ kind: 'query' });
    expect(parseSearchParams({ q: 'a'.repeat(maxQueryLength + 1) })).toMatchObject({ kind: 'tooLong' });
  });

  it('reads the page, ignoring one that is not a number', () => {
    expect(parseSearchParams({ q: 'prison', page: '2' })).toMatchObject({ page: 2, ignored: false });
    expect(parseSearchParams({ q: 'prison', page: 'abc' })).toMatchObject({ page: 1, ignored: true });
  });
});
