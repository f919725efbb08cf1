import { describe, expect, it, vi } from 'vitest';
import { collectWarnings, readEmbeddedSourceWith } from '@/sanity/lib/testing';

/** Site search on the bundled dataset plus a fixture, as the embedded source answers it. */
async function siteSearch() {
  readEmbeddedSourceWith('search/__fixtures__/search.ndjson');
  return import('./siteSearch');
}

const warnings = collectWarnings();

const ids = (hits: { document: { _id: string } }[]) => hits.map((hit) => hit.document._id);

describe('site search over the content layer', () => {
  it('finds the Spanish Prisons page by "carcel" and by "cárceles"', async () => {
    const { searchSite } = await siteSearch();
    expect(ids(await searchSite('es', 'carcel'))).toContain('page-prisons-es');
    expect(ids(await searchSite('es', 'cárceles'))).toContain('page-prisons-es');
  });

  it('looks only through the reader’s language', async () => {
    const { searchSite } = await siteSearch();
    expect(ids(await searchSite('es', 'zarzaparrilla'))).toEqual(['page-search-fixture-es']);
    expect(await searchSite('en', 'zarzaparrilla')).toEqual([]);
  });

  it('links pages to their address and publications to where they can be found', async () => {
    const { searchSite } = await siteSearch();
    const hits = await searchSite('es', 'cárcel');
    const page = hits.find((hit) => hit.document._id === 'page-prisons-es');
    expect(page?.document.link).toEqual({
      kind: 'document',
      target: {
        _id: 'page-prisons-es',
        _type: 'page',
        language: 'es',
        title: 'Sistemas Penitenciarios y Carcelarios',
        pathSegments: ['carceles'],
      },
    });
    const study = hits.find((hit) => hit.document._id === 'publication-flacso-prisons-study-es');
    expect(study?.document.link).toEqual({ kind: 'publication', versions: [] });
    expect(study?.document.text).toBe('FLACSO-Chile, Lucía Dammert, Liza Zúñiga');
  });

  it('leaves out an invalid document, saying which, and documents without an address', async () => {
    const { searchSite } = await siteSearch();
    expect(ids(await searchSite('es', 'zarzaparrilla'))).not.toContain('page-search-invalid-es');
    expect(warnings.some((warning) => warning.includes('search document page-search-invalid-es'))).toBe(true);
    expect(warnings.join('\n')).not.toContain('page-search-unpublished-es');
  });

  it('builds the index once while the documents stay the same', async () => {
    const { searchSite } = await siteSearch();
    const { SearchIndex } = await import('./searchIndex');
    const build = vi.spyOn(SearchIndex.prototype, 'search');
    await searchSite('es', 'carcel');
    await searchSite('es', 'reunion');
    const [first, second] = build.mock.contexts;
    expect(first).toBeDefined();
    expect(second).toBe(first);
  });
});
