import { stegaClean, stegaEncodeSourceMap, type ContentSourceMap } from '@sanity/client/stega';
import { describe, expect, it } from 'vitest';
import { departmentJsonLd, serializeJsonLd } from '@/seo/jsonLd';
import { pageMetadata } from '@/seo/metadata';
import { loadDocumentIndex, queryIndex } from '../lib/embedded';
import { pageModel, pageQuery } from './page';
import { siteChromeModel, siteChromeQuery } from './siteChrome';
import { publishedVersions, localizedPath, documentToggleTargets } from '@/domain/urls';

/**
 * In draft mode the Content Lake sends a result source map and the client hides invisible
 * "stega" marks in strings for the Studio's overlays. Here a recorded source map is fed through
 * the client's own encoder, marking every string (the worst case), and the places a reader or a
 * machine reads as values must come out clean.
 */
const isClean = (value: unknown) => JSON.stringify(value) === JSON.stringify(stegaClean(value));

/** A source map that says every string of the result came from the same field of one document. */
function sourceMapOf(result: unknown, document: { _id: string; _type: string }): ContentSourceMap {
  const paths: string[] = [];
  const mappings: ContentSourceMap['mappings'] = {};
  const visit = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      paths.push(path);
      mappings[path] = { type: 'value', source: { type: 'documentValue', document: 0, path: paths.length - 1 } };
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${path}[${index}]`));
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, `${path}['${key}']`);
    }
  };
  visit(result, '$');
  return { documents: [document], paths, mappings };
}

async function encoded(query: string, params: Record<string, unknown>, document: { _id: string; _type: string }) {
  const index = await loadDocumentIndex(['sanity/dataset/production.ndjson']);
  const result = await queryIndex(index, query, params);
  return stegaEncodeSourceMap(result, sourceMapOf(result, document), {
    enabled: true,
    studioUrl: '/studio',
    filter: () => true,
  });
}

describe('stega-encoded draft content', () => {
  it('is really encoded in this test, so the checks below can fail', async () => {
    const page = await encoded(pageQuery, { locale: 'es', id: 'page-prisons-es' }, { _id: 'page-prisons-es', _type: 'page' });
    expect(isClean(page)).toBe(false);
    expect(isClean(pageModel.parse(page).title)).toBe(false);
  });

  it('leaves ids, languages, slugs, dates and link targets clean', async () => {
    const raw = await encoded(pageQuery, { locale: 'es', id: 'page-prisons-es' }, { _id: 'page-prisons-es', _type: 'page' });
    const page = pageModel.parse(raw);
    expect(page._id).toBe('page-prisons-es');
    expect(page.language).toBe('es');
    expect(page.pathSegments).toEqual(['carceles']);
    expect(page.lastUpdated).toBe('2010-12-06');
    expect(localizedPath(page)).toBe('/es/carceles');
    expect(documentToggleTargets(page)).toEqual([{ locale: 'en', path: '/en/prisons' }]);
    expect(isClean(publishedVersions(page))).toBe(true);
    expect(isClean(page.relatedPublications.map(({ kind, versions }) => ({ kind, versions })))).toBe(true);
  });

  it('never reaches the title, meta tags, hreflang or canonical', async () => {
    const page = pageModel.parse(
      await encoded(pageQuery, { locale: 'es', id: 'page-prisons-es' }, { _id: 'page-prisons-es', _type: 'page' }),
    );
    const metadata = pageMetadata({
      locale: page.language,
      path: localizedPath(page),
      versions: publishedVersions(page),
      siteName: page.title,
      title: page.seoTitle ?? page.title,
      description: page.summary,
    });
    expect(isClean(metadata)).toBe(true);
    // The site name and the title are the same here: the title is not suffixed with itself.
    expect(metadata.title).toEqual({ absolute: 'Sistemas Penitenciarios y Carcelarios' });
  });

  it('never reaches the JSON-LD', async () => {
    const chrome = siteChromeModel.parse(
      await encoded(siteChromeQuery, { locale: 'es' }, { _id: 'siteSettings-es', _type: 'siteSettings' }),
    );
    const json = serializeJsonLd(departmentJsonLd(chrome.settings, 'https://dps.example.org/es'));
    expect(isClean(JSON.parse(json))).toBe(true);
    expect(JSON.parse(json).name).toBe('Departamento de Seguridad Pública');
  });
});
