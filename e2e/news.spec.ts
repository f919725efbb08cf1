import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { e2eSiteUrl, headMetadata, sitePath, toggleDestination } from './utils';

/**
 * News against the fictional fixtures in e2e/fixtures/news.ndjson: 25 articles in each language,
 * dated February 2099 (articles 24 and 25 share a day), linked as translations, and one English-only
 * article dated March 2099. Any real news is older, so the fixtures open both lists.
 */
const numbers = Array.from({ length: 25 }, (_, index) => String(index + 1).padStart(2, '0'));
// Newest first; 24 and 25 share a day, so the headline orders them.
const byDate = ['24', '25', ...numbers.slice(0, 23).reverse()];
const englishOnly = {
  title: 'Fixture news: English only & <untranslated>',
  path: '/en/news/fixture-news-english-only',
  id: 'newsArticle-fixture-english-only-en',
};

const languages = {
  en: {
    list: '/en/news',
    heading: 'News',
    feed: '/en/news/feed.xml',
    order: [englishOnly.title, ...byDate.map((n) => `Fixture news ${n}`)],
    article: (n: string) => `/en/news/fixture-news-${n}`,
    title: (n: string) => `Fixture news ${n}`,
    date: 'February 5, 2099',
    home: 'Home',
    breadcrumbs: 'Breadcrumb',
    pagination: 'Pages',
    position: /^Page (\d+) of (\d+)$/,
    ignored: 'That page number is not valid, so the first page is shown.',
    pastTheEnd: /There are only \d+ pages of news, so the last one is shown\./,
    toggle: 'Language selection',
    other: 'es',
  },
  es: {
    list: '/es/noticias',
    heading: 'Noticias',
    feed: '/es/noticias/feed.xml',
    order: byDate.map((n) => `Noticia de prueba ${n}`),
    article: (n: string) => `/es/noticias/noticia-de-prueba-${n}`,
    title: (n: string) => `Noticia de prueba ${n}`,
    date: '5 de febrero de 2099',
    home: 'Inicio',
    breadcrumbs: 'Ruta de navegación',
    pagination: 'Páginas',
    position: /^Página (\d+) de (\d+)$/,
    ignored: 'Ese número de página no es válido; se muestra la primera página.',
    pastTheEnd: /Solo hay \d+ páginas de noticias; se muestra la última\./,
    toggle: 'Selección de idioma',
    other: 'en',
  },
} as const;

function headlines(page: Page) {
  return page.getByRole('main').getByRole('heading', { level: 2 });
}

/** "Page 2 of 3" in the list's pagination, as numbers. */
async function positionOf(page: Page, language: keyof typeof languages): Promise<{ page: number; pageCount: number }> {
  const { pagination, position } = languages[language];
  const text = await page.getByRole('navigation', { name: pagination }).locator('[aria-current="page"]').textContent();
  const match = position.exec(text?.trim() ?? '');
  if (!match) throw new Error(`No page position in ${JSON.stringify(text)}`);
  return { page: Number(match[1]), pageCount: Number(match[2]) };
}

for (const language of ['en', 'es'] as const) {
  const l = languages[language];

  test.describe(`news in ${language}`, () => {
    test('the list shows the newest ten, each with its localized date and summary', async ({ page }) => {
      await page.goto(l.list);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.heading);
      await expect(headlines(page)).toHaveText(l.order.slice(0, 10));
      const entry = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: l.title('17') }) });
      await expect(entry.locator('time')).toHaveAttribute('datetime', '2099-02-17');
      await expect(entry.locator('time')).toHaveText(language === 'en' ? 'February 17, 2099' : '17 de febrero de 2099');
      await expect(entry).toContainText(language === 'en' ? 'Summary of fixture news 17' : 'Resumen de la noticia de prueba 17');
      await expect(page.getByRole('navigation', { name: l.breadcrumbs }).getByRole('link')).toHaveText([l.home]);
    });

    test('pages 2 and 3 continue the list, linked by next and previous', async ({ page }) => {
      await page.goto(l.list);
      const pages = page.getByRole('navigation', { name: l.pagination });
      await pages.getByRole('link', { name: language === 'en' ? 'Next page' : 'Página siguiente' }).click();
      await expect(page).toHaveURL(`${l.list}?page=2`);
      await expect(headlines(page)).toHaveText(l.order.slice(10, 20));
      await pages.getByRole('link', { name: language === 'en' ? 'Next page' : 'Página siguiente' }).click();
      await expect(page).toHaveURL(`${l.list}?page=3`);
      const third = await headlines(page).allTextContents();
      expect(third.slice(0, l.order.length - 20)).toEqual(l.order.slice(20));
      await expect(pages.getByRole('link', { name: language === 'en' ? 'Previous page' : 'Página anterior' })).toHaveAttribute(
        'href',
        `${l.list}?page=2`,
      );
    });

    for (const value of ['0', 'x', '-1', '2.5']) {
      test(`?page=${value} shows the first page with a notice, status 200`, async ({ page }) => {
        const response = await page.goto(`${l.list}?page=${value}`);
        expect(response?.status()).toBe(200);
        await expect(page.getByRole('status')).toHaveText(l.ignored);
        await expect(headlines(page)).toHaveText(l.order.slice(0, 10));
      });
    }

    test('a page past the last shows the last one with a notice, status 200', async ({ page }) => {
      await page.goto(l.list);
      const { pageCount } = await positionOf(page, language);
      const response = await page.goto(`${l.list}?page=${pageCount + 1}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('status')).toHaveText(l.pastTheEnd);
      expect(await positionOf(page, language)).toEqual({ page: pageCount, pageCount });
    });

    test('each page of the list is its own canonical, with hreflang to the same page in the other language', async ({ request }) => {
      const other = languages[l.other];
      for (const [query, title] of [['', l.heading], ['?page=2', `${l.heading} (`]] as const) {
        const head = headMetadata(await (await request.get(`${l.list}${query}`)).text());
        expect(head.canonical).toBe(`${e2eSiteUrl}${l.list}${query}`);
        expect(head.hreflang[language]).toBe(`${e2eSiteUrl}${l.list}${query}`);
        expect(head.hreflang[l.other]).toBe(`${e2eSiteUrl}${other.list}${query}`);
        expect(head.title).toContain(title);
        expect(head.meta.robots).toBeUndefined();
        expect(head.meta.description?.[0]).toBeTruthy();
      }
    });

    test('an article shows its headline, localized date, summary and body, under Home › News', async ({ page }) => {
      await page.goto(l.article('05'));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.title('05'));
      const date = page.getByRole('main').locator('time');
      await expect(date).toHaveAttribute('datetime', '2099-02-05');
      await expect(date).toHaveText(l.date);
      await expect(page.getByRole('main')).toContainText(language === 'en' ? 'Body of fixture news 05' : 'Cuerpo de la noticia de prueba 05');
      const crumbs = page.getByRole('navigation', { name: l.breadcrumbs }).getByRole('link');
      await expect(crumbs).toHaveText([l.home, l.heading]);
      await expect(crumbs.nth(1)).toHaveAttribute('href', l.list);
    });

    test('the language toggle on an article lands on its translation', async ({ page }) => {
      await page.goto(l.article('05'));
      await page.getByRole('navigation', { name: l.toggle }).getByRole('link').click();
      // The toggle passes through the language-choice route, which redirects on the server's own host.
      await expect(page).toHaveURL(new RegExp(`${languages[l.other].article('05')}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(languages[l.other].title('05'));
    });

    test('an article describes itself as a NewsArticle in JSON-LD', async ({ request }) => {
      const html = await (await request.get(l.article('05'))).text();
      const scripts = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
      expect(scripts).toHaveLength(1);
      expect(JSON.parse(scripts[0]?.[1] ?? '')).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: l.title('05'),
        datePublished: '2099-02-05',
        inLanguage: language,
        url: `${e2eSiteUrl}${l.article('05')}`,
        publisher: {
          '@type': 'GovernmentOrganization',
          name: language === 'en' ? 'Department of Public Security' : 'Departamento de Seguridad Pública',
        },
      });
    });

    test('an article names its translations in hreflang and is an Open Graph article', async ({ request }) => {
      const head = headMetadata(await (await request.get(l.article('05'))).text());
      expect(head.canonical).toBe(`${e2eSiteUrl}${l.article('05')}`);
      expect(head.hreflang).toEqual({
        en: `${e2eSiteUrl}${languages.en.article('05')}`,
        es: `${e2eSiteUrl}${languages.es.article('05')}`,
        'x-default': `${e2eSiteUrl}${languages.en.article('05')}`,
      });
      expect(head.meta['og:type']).toEqual(['article']);
    });

    test('an unknown article is a 404 on its first request', async ({ request }) => {
      // A slug no one has asked for yet, so no cached answer can stand in for the first render.
      const slug = `no-such-article-${randomUUID()}`;
      const response = await request.get(`${l.list}/${slug}`);
      expect(response.status()).toBe(404);
    });

    test(`the feed is RSS 2.0 with the newest 20 articles, absolute links and ${language} metadata`, async ({ page, request }) => {
      const response = await request.get(l.feed);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
      const xml = await response.text();
      await page.goto(l.list);
      const feed = await page.evaluate((source) => {
        const document = new DOMParser().parseFromString(source, 'application/xml');
        const text = (element: Element, name: string) => element.getElementsByTagName(name)[0]?.textContent ?? '';
        const channel = document.querySelector('rss > channel');
        return {
          error: document.getElementsByTagName('parsererror').length > 0,
          version: document.documentElement.getAttribute('version'),
          language: channel ? text(channel, 'language') : '',
          link: channel ? text(channel, 'link') : '',
          items: [...document.querySelectorAll('item')].map((item) => ({
            title: text(item, 'title'),
            link: text(item, 'link'),
            guid: text(item, 'guid'),
            pubDate: text(item, 'pubDate'),
            description: text(item, 'description'),
          })),
        };
      }, xml);
      expect(feed.error).toBe(false);
      expect(feed.version).toBe('2.0');
      expect(feed.language).toBe(language);
      expect(feed.link).toBe(`${e2eSiteUrl}${l.list}`);
      expect(feed.items.map((item) => item.title)).toEqual(l.order.slice(0, 20));
      for (const item of feed.items) {
        expect(item.link).toMatch(new RegExp(`^${e2eSiteUrl}${l.list}/[a-z0-9-]+$`));
        expect(item.guid).toBe(item.link);
        expect(item.pubDate).toMatch(/^\w{3}, \d{2} \w{3} 2099 00:00:00 GMT$/);
        expect(item.description).not.toBe('');
      }
      const article = await request.get(sitePath(feed.items[2]?.link ?? ''));
      expect(article.status()).toBe(200);
    });

    for (const path of [`/${language}`, l.list, `${l.list}?page=2`, l.article('05')]) {
      test(`${path} links to the ${language} news feed for feed readers`, async ({ request }) => {
        const html = await (await request.get(path)).text();
        expect(html).toContain(`<link rel="alternate" type="application/rss+xml" href="${e2eSiteUrl}${l.feed}"/>`);
      });
    }
  });
}

/**
 * The bundled items are about meetings and no source gives the day they were published: they are
 * labelled with their meeting's days, and nothing sends those days as a publication date.
 */
const meetingItems = {
  en: { path: '/en/news/second-prison-policies-meeting-2008', label: /^Meeting: August 26\s?–\s?28, 2008$/ },
  es: { path: '/es/noticias/segunda-reunion-politicas-penitenciarias-2008', label: 'Reunión: 26–28 de agosto de 2008' },
} as const;

for (const [language, item] of Object.entries(meetingItems)) {
  test(`an item about a meeting in ${language} shows the meeting's days as such and sends no publication date`, async ({ page, request }) => {
    await page.goto(item.path);
    const main = page.getByRole('main');
    await expect(main.getByText(item.label)).toBeVisible();
    await expect(main.locator('time')).toHaveCount(0);
    const html = await (await request.get(item.path)).text();
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    const jsonLd = scripts[0]?.[1] ?? '';
    expect(JSON.parse(jsonLd)).toMatchObject({ '@type': 'NewsArticle' });
    expect(JSON.parse(jsonLd)).not.toHaveProperty('datePublished');
    expect(jsonLd).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(headMetadata(html).meta['article:published_time']).toBeUndefined();
  });
}

test('an invalid article is left out of the list and has no page', async ({ page, request }) => {
  expect((await request.get('/en/news/fixture-news-invalid')).status()).toBe(404);
  await page.goto(languages.en.list);
  await expect(page.getByRole('main')).not.toContainText('invalid, without a date');
});

test.describe('an article only in English', () => {
  test('is listed in English only, and its headline stays text', async ({ page }) => {
    await page.goto(englishOnly.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(englishOnly.title);
    await page.goto(languages.es.list);
    await expect(page.getByRole('main')).not.toContainText('English only');
  });

  test('sends the Spanish reader to the untranslated notice, which links back', async ({ page }) => {
    await page.goto(englishOnly.path);
    const toggle = page.getByRole('navigation', { name: languages.en.toggle }).getByRole('link');
    expect(toggleDestination((await toggle.getAttribute('href')) ?? '')).toBe(`/es/sin-traduccion/${englishOnly.id}`);
    await toggle.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Esta página no está disponible en español');
    await page.getByRole('main').getByRole('link', { name: /English only/ }).click();
    await expect(page).toHaveURL(new RegExp(`${englishOnly.path}$`));
  });

  test('has no Spanish hreflang', async ({ request }) => {
    const head = headMetadata(await (await request.get(englishOnly.path)).text());
    expect(head.hreflang).toEqual({ en: `${e2eSiteUrl}${englishOnly.path}`, 'x-default': `${e2eSiteUrl}${englishOnly.path}` });
  });
});
