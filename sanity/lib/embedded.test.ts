import { evaluate, parse } from 'groq-js';
import { describe, expect, it } from 'vitest';
import { indexDocuments, loadDocumentIndex, parseNdjson, queryIndex } from './embedded';
import { pageRoutesBySlugQuery } from '../documentTypes/page';

/** Every named query the site runs: the `…Query` exports of the document types, the loaders and the webhook. */
const queries = Object.fromEntries(
  Object.values(
    import.meta.glob<Record<string, unknown>>(['../documentTypes/*.ts', '!../documentTypes/*.test.ts', './loaders.ts', './webhook.ts'], {
      eager: true,
    }),
  ).flatMap((module) => Object.entries(module).filter((entry): entry is [string, string] => entry[0].endsWith('Query'))),
);

const parameterSets: Record<string, Record<string, unknown>[]> = {
  siteChromeQuery: [{ locale: 'en' }, { locale: 'es' }],
  homePageQuery: [{ locale: 'en' }, { locale: 'es' }],
  pageRoutesBySlugQuery: [
    { locale: 'en', slug: 'prisons' },
    { locale: 'es', slug: 'politicas-penitenciarias' },
    { locale: 'en', slug: 'nothing' },
  ],
  pageQuery: [
    { locale: 'en', id: 'page-prisons-en' },
    { locale: 'es', id: 'page-prisons-policies-es' },
    { locale: 'en', id: 'page-prisons-es' },
  ],
  redirectQuery: [{ paths: ['/dsp/english/cpo_carceles.asp', '/en/dsp/english/cpo_carceles.asp'] }, { paths: ['/x'] }],
  affectedByChangeQuery: [
    { id: 'publication-flacso-prisons-study-en', parents: [] },
    { id: 'page-prisons-policies-es', parents: ['page-prisons-es'] },
  ],
  pageIndexQuery: [{ locale: 'en' }, { locale: 'es' }],
  translatableDocumentQuery: [{ id: 'page-prisons-en' }, { id: 'nothing' }],
  newsListQuery: [{ locale: 'en' }, { locale: 'es' }],
  documentIdBySlugQuery: [
    { type: 'meeting', locale: 'en', slug: 'mispa-ii' },
    { type: 'newsArticle', locale: 'es', slug: 'nothing' },
  ],
  newsArticleQuery: [{ locale: 'en', id: 'page-prisons-en' }, { locale: 'es', id: 'nothing' }],
  newsIndexQuery: [{ locale: 'en' }, { locale: 'es' }],
  libraryQuery: [{ locale: 'en' }, { locale: 'es' }],
  meetingIndexQuery: [{ locale: 'en' }, { locale: 'es' }],
  meetingQuery: [{ locale: 'en', id: 'meeting-prisons-2-en' }, { locale: 'es', id: 'nothing' }],

  searchDocumentsQuery: [
    { locale: 'en', types: ['page', 'newsArticle', 'meeting', 'publication'] },
    { locale: 'es', types: ['page', 'meeting'] },
  ],
};

describe('the embedded source', () => {
  it('answers every named query exactly as an unindexed groq-js scan does', async () => {
    const index = await loadDocumentIndex(['sanity/dataset/production.ndjson']);
    for (const [name, query] of Object.entries(queries)) {
      const sets = parameterSets[name];
      expect(sets, `parameters for ${name}`).toBeDefined();
      for (const params of sets ?? []) {
        const scanned = await (await evaluate(parse(query), { dataset: index.all, params })).get();
        expect(await queryIndex(index, query, params), `${name} ${JSON.stringify(params)}`).toEqual(scanned);
      }
    }
  });

  it('reads only the documents a lookup can match, however large the dataset', async () => {
    const bundled = await loadDocumentIndex(['sanity/dataset/production.ndjson']);
    let reads = 0;
    const unrelated = Array.from({ length: 5000 }, (_, n) =>
      new Proxy({ _id: `unrelated-${n}`, _type: 'newsArticle', language: 'en' }, {
        get(target, property, receiver) {
          reads += 1;
          return Reflect.get(target, property, receiver);
        },
      }),
    );
    const index = indexDocuments([...bundled.all, ...unrelated]);
    reads = 0;
    const pages = await queryIndex(index, pageRoutesBySlugQuery, { locale: 'en', slug: 'prisons' });
    expect(pages).toHaveLength(1);
    expect(reads).toBe(0);
  });

  it('names the file and line of a line that is not a document', () => {
    expect(() => parseNdjson('{"_id":"a","_type":"page"}\n{"title":"no id"}\n', 'broken.ndjson')).toThrow(
      'broken.ndjson:2 is not a Sanity document',
    );
  });
});
