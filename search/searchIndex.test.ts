import { describe, expect, it } from 'vitest';
import { memoizedIndex, SearchIndex, type Searchable } from './searchIndex';

const documents: Searchable[] = [
  { _id: 'a-body', title: 'Penitentiary Administration', text: 'Training for prison staff. Prison, prison, prison.' },
  { _id: 'b-title', title: 'Prison Policies', text: 'How the OAS supports member states.' },
  { _id: 'c-es', title: 'Sistemas Penitenciarios y Carcelarios', text: '«La cárcel: problemas y desafíos»' },
  { _id: 'd-es', title: 'Cárceles de la región', text: 'Un informe.' },
  { _id: 'e-meeting', title: 'Segunda Reunión de Autoridades', text: 'Valdivia, Chile' },
  { _id: 'f-other', title: 'Revolution and police', text: 'Nothing about policies.' },
];

const titles = (query: string, index = new SearchIndex(documents)) => index.search(query).map((hit) => hit.document._id);

describe('the search index', () => {
  it('ranks a title hit above a body hit, however often the body has the word', () => {
    expect(titles('prison')).toEqual(['b-title', 'a-body']);
    expect(titles('prisons')).toEqual(['b-title', 'a-body']);
  });

  it('says which hits are in the title', () => {
    expect(new SearchIndex(documents).search('prison').map((hit) => hit.inTitle)).toEqual([true, false]);
  });

  it('ignores accents, case and plurals', () => {
    expect(titles('carcel')).toEqual(['d-es', 'c-es']);
    expect(titles('CÁRCELES')).toEqual(['d-es', 'c-es']);
    expect(titles('reunion')).toEqual(['e-meeting']);
    expect(titles('Reuniones')).toEqual(['e-meeting']);
  });

  it('needs every word of the query', () => {
    expect(titles('prison staff')).toEqual(['a-body']);
    expect(titles('prison valdivia')).toEqual([]);
  });

  it('does not match a word by its beginning or by one letter off', () => {
    expect(titles('carcela')).toEqual([]);
    expect(titles('resolution')).toEqual([]);
    expect(titles('police')).toEqual(['f-other']);
  });

  it('reports the document terms that matched, for highlighting', () => {
    const [hit] = new SearchIndex(documents).search('Cárceles');
    expect([...(hit?.terms ?? [])]).toEqual(['carcel']);
  });

  it('treats wildcards, GROQ and markup as text that finds nothing', () => {
    expect(titles('*')).toEqual([]);
    expect(titles('"] | order(_id)')).toEqual([]);
    expect(titles('<script>')).toEqual([]);
  });

  it('keeps the documents’ order between equal scores, so equal data ranks alike', () => {
    const twins = [
      { _id: 'z', title: 'Twin', text: '' },
      { _id: 'y', title: 'Twin', text: '' },
      { _id: 'x', title: 'Twin', text: '' },
    ];
    expect(titles('twin', new SearchIndex(twins))).toEqual(['z', 'y', 'x']);
  });
});

describe('the memoized index', () => {
  it('is built once for the same documents, even when they come as a fresh copy', () => {
    const indexFor = memoizedIndex<Searchable>();
    const first = indexFor('en', documents);
    expect(indexFor('en', structuredClone(documents))).toBe(first);
  });

  it('is built again when the documents change, and once per language', () => {
    const indexFor = memoizedIndex<Searchable>();
    const first = indexFor('en', documents);
    const changed = indexFor('en', [...documents, { _id: 'g-new', title: 'A new prison page', text: '' }]);
    expect(changed).not.toBe(first);
    expect(titles('prison', changed)).toEqual(['b-title', 'g-new', 'a-body']);
    expect(indexFor('es', documents)).not.toBe(changed);
  });
});
