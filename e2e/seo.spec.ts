import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  crawlSite,
  e2eSiteUrl,
  englishOnlyFixture,
  headMetadata,
  isUntranslatedNotice,
  sitePath,
  toggleDestination,
  type HeadMetadata,
} from './utils';

const departmentNames = { en: 'Department of Public Security', es: 'Departamento de Seguridad Pública' } as const;
const ogLocales = { en: 'en_US', es: 'es_LA' } as const;

function languageOf(path: string): keyof typeof departmentNames {
  const language = path.split('/')[1];
  if (language !== 'en' && language !== 'es') throw new Error(`${path} has no language`);
  return language;
}

type CrawledHead = HeadMetadata & { translated: boolean };

/** Whether a page's language toggle leads to its translation, not to the untranslated notice. */
function hasTranslation(html: string): boolean {
  return ![...html.matchAll(/href="(\/api\/language\?[^"]+)"/g)].some(([, href = '']) =>
    isUntranslatedNotice(toggleDestination(href.replaceAll('&amp;', '&'))),
  );
}

let heads: Map<string, CrawledHead> | undefined;

/** Every crawled page with the metadata in its `<head>`, read once per worker. */
async function crawledHeads(request: APIRequestContext): Promise<Map<string, CrawledHead>> {
  if (heads) return heads;
  const read = new Map<string, CrawledHead>();
  for (const path of await crawlSite(request)) {
    const html = await (await request.get(path)).text();
    read.set(path, { ...headMetadata(html), translated: hasTranslation(html) });
  }
  heads = read;
  return read;
}

/**
 * The pages that take part in hreflang: all but the untranslated notices and the views that are
 * `noindex` (filtered or paged library views, search results), which name the plain page.
 */
function indexable(crawled: Map<string, CrawledHead>): [string, CrawledHead][] {
  return [...crawled].filter(([path, head]) => !isUntranslatedNotice(path) && !head.meta.robots?.some((value) => value.includes('noindex')));
}

test.describe('page metadata', () => {
  test('every page names itself as canonical, with an absolute URL on the configured site', async ({ request }) => {
    const crawled = await crawledHeads(request);
    for (const [path, head] of indexable(crawled)) {
      expect(head.canonical, path).toBe(`${e2eSiteUrl}${path}`);
    }
    // A noindex view (a filtered library, a search) names the page it is a view of.
    for (const [path, head] of crawled) {
      if (isUntranslatedNotice(path)) continue;
      expect(crawled.has(sitePath(head.canonical ?? '')), `${path} names ${head.canonical}`).toBe(true);
    }
  });

  test('every translated page links to its English and Spanish versions, and to English as x-default', async ({ request }) => {
    const pages = indexable(await crawledHeads(request)).filter(([, head]) => head.translated);
    expect(pages.length).toBeGreaterThanOrEqual(18);
    for (const [path, head] of pages) {
      expect(Object.keys(head.hreflang).sort(), path).toEqual(['en', 'es', 'x-default']);
      expect(sitePath(head.hreflang[languageOf(path)] ?? ''), path).toBe(path);
      expect(head.hreflang['x-default'], path).toBe(head.hreflang.en);
    }
  });

  test('hreflang links are reciprocal: each version names the same set', async ({ request }) => {
    const heads = await crawledHeads(request);
    for (const [path, head] of indexable(heads)) {
      for (const url of Object.values(head.hreflang)) {
        const target = heads.get(sitePath(url));
        expect(target, `${path} links to ${url}, which the crawl did not reach`).toBeDefined();
        expect(target?.hreflang, `${sitePath(url)} links back like ${path}`).toEqual(head.hreflang);
      }
    }
  });

  test('a page without a Spanish translation has no Spanish hreflang', async ({ request }) => {
    const head = headMetadata(await (await request.get(englishOnlyFixture.path)).text());
    expect(head.hreflang).toEqual({
      en: `${e2eSiteUrl}${englishOnlyFixture.path}`,
      'x-default': `${e2eSiteUrl}${englishOnlyFixture.path}`,
    });
  });

  test('the untranslated notice is noindex and names no alternates', async ({ request }) => {
    const notices = [...(await crawledHeads(request))].filter(([path]) => isUntranslatedNotice(path));
    expect(notices.length).toBeGreaterThanOrEqual(1);
    for (const [path, head] of notices) {
      expect(head.meta.robots, path).toEqual(['noindex']);
      expect(head.hreflang, path).toEqual({});
    }
  });

  test('every page gives its Open Graph locale, and those of its translations as alternates', async ({ request }) => {
    for (const [path, head] of indexable(await crawledHeads(request))) {
      const language = languageOf(path);
      expect(head.meta['og:locale'], path).toEqual([ogLocales[language]]);
      const translations = Object.keys(head.hreflang).filter((key) => key !== language && key !== 'x-default');
      expect(head.meta['og:locale:alternate'] ?? [], path).toEqual(
        translations.map((key) => ogLocales[key as keyof typeof ogLocales]),
      );
      expect(head.meta['og:url'], path).toEqual([`${e2eSiteUrl}${path}`]);
      expect(head.meta['twitter:card'], path).toEqual(['summary']);
    }
  });

  test('every page title names the Department in the language of the page', async ({ request }) => {
    for (const [path, head] of await crawledHeads(request)) {
      expect(head.title, path).toContain(departmentNames[languageOf(path)]);
    }
  });

  test('every page, search results included, has a description for search engines to show', async ({ request }) => {
    const heads: [string, HeadMetadata][] = [...(await crawledHeads(request))];
    for (const path of ['/en/search?q=prison', '/es/buscar?q=c%C3%A1rceles']) {
      heads.push([path, headMetadata(await (await request.get(path)).text())]);
    }
    for (const [path, head] of heads) {
      expect(head.meta.description?.[0]?.trim(), path).toBeTruthy();
    }
  });

  for (const [path, title] of [
    ['/en/no-such-page', 'Page not found | Department of Public Security'],
    ['/es/no-existe', 'Página no encontrada | Departamento de Seguridad Pública'],
  ] as const) {
    test(`the not-found page ${path} has a title in its language, with the Department's name`, async ({ request }) => {
      // The HTML as served: a title that only JavaScript sets would pass in a browser.
      const response = await request.get(path);
      expect(response.status()).toBe(404);
      const head = headMetadata(await response.text());
      expect(head.title).toBe(title);
      expect(head.meta['robots']).toContain('noindex');
    });
  }
});

test.describe('structured data', () => {
  for (const language of ['en', 'es'] as const) {
    test(`the ${language} home page describes the Department in its language`, async ({ request }) => {
      const html = await (await request.get(`/${language}`)).text();
      const scripts = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
      expect(scripts).toHaveLength(1);
      const data = JSON.parse(scripts[0]?.[1] ?? '') as Record<string, unknown>;
      expect(data).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'GovernmentOrganization',
        name: departmentNames[language],
        url: `${e2eSiteUrl}/${language}`,
        telephone: '+1 (202) 458 3000',
        parentOrganization: { '@type': 'Organization', alternateName: language === 'en' ? 'OAS' : 'OEA' },
      });
      expect(data.address).toContain('1889 F Street NW');
    });
  }
});

test.describe('sitemap.xml and robots.txt', () => {
  function sitemapEntries(xml: string): Map<string, Record<string, string>> {
    return new Map(
      [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, entry = '']) => [
        sitePath(/<loc>([^<]*)<\/loc>/.exec(entry)?.[1] ?? ''),
        Object.fromEntries(
          [...entry.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(([, hreflang, href]) => [
            hreflang,
            href,
          ]),
        ),
      ]),
    );
  }

  test('the sitemap lists every page but the notices, each with the alternates the page names', async ({ request }) => {
    const response = await request.get('/sitemap.xml');
    expect(response.status()).toBe(200);
    const entries = sitemapEntries(await response.text());
    // Later pages of a list are indexable, but the sitemap names each list once, by its first page.
    const pages = indexable(await crawledHeads(request)).filter(([path]) => !path.includes('?'));
    expect([...entries.keys()].sort()).toEqual(pages.map(([path]) => path).sort());
    for (const [path, head] of pages) expect(entries.get(path), path).toEqual(head.hreflang);
  });

  test('robots.txt keeps crawlers out of the Studio and the API, and names the sitemap', async ({ request }) => {
    const response = await request.get('/robots.txt');
    expect(response.status()).toBe(200);
    const lines = (await response.text()).split('\n').map((line) => line.trim());
    expect(lines).toEqual(
      expect.arrayContaining(['User-Agent: *', 'Disallow: /api', 'Disallow: /studio', `Sitemap: ${e2eSiteUrl}/sitemap.xml`]),
    );
    expect(lines).not.toContain('Disallow: /');
  });
});
