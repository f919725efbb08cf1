import { describe, expect, it } from 'vitest';
import { libraryFacets, libraryView, parseLibraryQuery, sortLibrary } from './library';
import type { LibraryPublication } from '@/sanity/documentTypes/publication';

const publication = (overrides: Partial<LibraryPublication> & Pick<LibraryPublication, '_id' | 'title'>): LibraryPublication => ({
  kind: 'report',
  publisher: 'Organización de los Estados Americanos',
  year: undefined,
  authors: [],
  originalTitle: undefined,
  originalLanguage: undefined,
  versions: [],
  documentLanguages: [],
  ...overrides,
});

const library = [
  publication({ _id: 'a', title: 'Zeta', year: 2008, documentLanguages: ['es'] }),
  publication({ _id: 'b', title: 'Ámbito', year: 2008, kind: 'study', publisher: 'FLACSO-Chile', documentLanguages: ['en'] }),
  publication({ _id: 'c', title: 'Beta', year: 2010, kind: 'resolution' }),
  publication({ _id: 'd', title: 'Serie', kind: 'handbook', publisher: 'UNODC' }),
];
const facets = libraryFacets(library, 'es');

describe('libraryFacets', () => {
  it('offers the values the documents have, years newest first and kinds in their usual order', () => {
    expect(facets).toEqual({
      kind: ['resolution', 'report', 'study', 'handbook'],
      publisher: ['FLACSO-Chile', 'Organización de los Estados Americanos', 'UNODC'],
      year: ['2010', '2008'],
      language: ['en', 'es'],
    });
  });
});

describe('parseLibraryQuery', () => {
  it('applies the filters it offers and treats empty ones (the form’s “all”) as absent', () => {
    expect(parseLibraryQuery({ kind: 'study', year: '2008', publisher: '', language: 'en', page: '2' }, facets)).toEqual({
      filters: { kind: 'study', year: '2008', language: 'en' },
      requestedPage: 2,
      ignored: [],
    });
  });

  it('ignores malformed, unknown and repeated values, and says which', () => {
    const query = parseLibraryQuery(
      { year: 'abc', kind: '<script>', publisher: ['UNODC', 'FLACSO-Chile'], language: 'xx', page: 'abc' },
      facets,
    );
    expect(query.filters).toEqual({});
    expect(query.requestedPage).toBe(1);
    expect(query.ignored).toEqual([
      { name: 'kind', value: '<script>' },
      { name: 'publisher', value: 'UNODC, FLACSO-Chile' },
      { name: 'year', value: 'abc' },
      { name: 'language', value: 'xx' },
      { name: 'page', value: 'abc' },
    ]);
  });

  it('shortens a long value it shows back', () => {
    const { ignored } = parseLibraryQuery({ publisher: 'x'.repeat(500) }, facets);
    expect(ignored[0]?.value).toBe(`${'x'.repeat(40)}…`);
  });

  it('leaves parameters that are not its own alone', () => {
    expect(parseLibraryQuery({ utm_source: 'newsletter' }, facets)).toEqual({ filters: {}, requestedPage: 1, ignored: [] });
  });
});

describe('sortLibrary', () => {
  it('puts the newest first, then sorts titles by the locale, undated series last', () => {
    expect(sortLibrary(library, 'es').map((entry) => entry.title)).toEqual(['Beta', 'Ámbito', 'Zeta', 'Serie']);
  });
});

describe('libraryView', () => {
  it('filters, then pages; only the plain first page is indexable', () => {
    expect(libraryView(library, {}, 'es')).toMatchObject({ indexable: true, results: { total: 4, page: 1 } });
    const filtered = libraryView(library, { year: '2008' }, 'es');
    expect(filtered.results.entries.map((entry) => entry._id)).toEqual(['b', 'a']);
    expect(filtered.indexable).toBe(false);
  });

  it('shows the last page for a page past the end', () => {
    const view = libraryView(library, { page: '999' }, 'es');
    expect(view.results).toMatchObject({ page: 1, pastTheEnd: true });
    expect(view.indexable).toBe(false);
  });
});

describe('the language filter', () => {
  it('finds a document under every language it can be read in', () => {
    const bilingual = publication({ _id: 'e', title: 'Bilingüe', documentLanguages: ['en', 'es'] });
    const withBoth = [...library, bilingual];
    const facetsWithBoth = libraryFacets(withBoth, 'es');
    const titlesIn = (language: string) =>
      libraryView(withBoth, { language }, 'es').results.entries.map((entry) => entry.title);
    expect(facetsWithBoth.language).toEqual(['en', 'es']);
    expect(titlesIn('en')).toEqual(['Ámbito', 'Bilingüe']);
    expect(titlesIn('es')).toEqual(['Zeta', 'Bilingüe']);
  });
});
