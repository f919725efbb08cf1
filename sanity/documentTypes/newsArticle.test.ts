import { describe, expect, it } from 'vitest';
import { collectWarnings, importContentLayer, readEmbeddedSourceWith } from '../lib/testing';

/** The content layer afresh, on the bundled dataset plus a few fictional articles. */
async function contentLayer() {
  readEmbeddedSourceWith('sanity/lib/__fixtures__/news.ndjson');
  return { ...(await importContentLayer()), ...(await import('@/domain/urls')) };
}

const warnings = collectWarnings();

describe('news from the content layer', () => {
  it('lists a language’s articles newest first, one day’s articles by headline in Spanish collation', async () => {
    const { getNewsList } = await contentLayer();
    const titles = (await getNewsList('es')).filter((entry) => (entry.date ?? '') >= '2099').map((entry) => entry.title);
    // By code point, "Ámbito" would sort after "Zona".
    expect(titles).toEqual(['Ámbito de prueba', 'Barrio de prueba', 'Zona de prueba', 'Anterior de prueba']);
  });

  it('logs an article that fails its model with its _id, and leaves it out of the list', async () => {
    const { getNewsList } = await contentLayer();
    expect((await getNewsList('es')).map((entry) => entry._id)).not.toContain('news-broken-es');
    expect(warnings).toEqual([expect.stringMatching(/news-broken-es: summary: /)]);
  });

  it('reads an article by its slug in its own language only, with its translation', async () => {
    const { getNewsArticle, documentToggleTargets, publishedVersions } = await contentLayer();
    const spanish = await getNewsArticle('es', 'anterior-de-prueba');
    expect(spanish?._id).toBe('news-older-es');
    expect(documentToggleTargets(spanish!)).toEqual([{ locale: 'en', path: '/en/news/older-test-item' }]);
    expect(publishedVersions(spanish!)).toEqual([
      { locale: 'en', path: '/en/news/older-test-item' },
      { locale: 'es', path: '/es/noticias/anterior-de-prueba' },
    ]);
    expect(await getNewsArticle('en', 'anterior-de-prueba')).toBeNull();
    expect(await getNewsArticle('es', 'no-such-article')).toBeNull();
  });

  it('sends an article without a translation to the notice in the other language', async () => {
    const { getNewsArticle, documentToggleTargets } = await contentLayer();
    const untranslated = await getNewsArticle('es', 'zona-de-prueba');
    expect(documentToggleTargets(untranslated!)).toEqual([{ locale: 'en', path: '/en/untranslated/news-zona-es' }]);
  });

  it('indexes every article of a language by its slug, for static params', async () => {
    const { getNewsIndex } = await contentLayer();
    const slugs = (await getNewsIndex('en')).map((article) => article.pathSegments);
    expect(slugs).toContainEqual(['older-test-item']);
    expect(slugs.flat()).not.toContain('zona-de-prueba');
  });
});
