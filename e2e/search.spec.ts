import { expect, test, type Page } from '@playwright/test';
import { accessibilityViolations, e2eSiteUrl, headMetadata, searchResultTitles } from './utils';

/** Site search (/en/search, /es/buscar): results from the bundled dataset plus e2e/fixtures/search.ndjson. */

const searchPage = { en: '/en/search', es: '/es/buscar' } as const;
const searchFor = (locale: keyof typeof searchPage, query: string, extra = '') =>
  `${searchPage[locale]}?${new URLSearchParams({ q: query })}${extra}`;

const resultHeadings = (page: Page) => page.getByRole('main').getByRole('heading', { level: 2 });

test.describe('search in the reader’s language', () => {
  for (const query of ['carcel', 'cárceles']) {
    test(`"${query}" finds the Prisons page on /es/buscar`, async ({ page }) => {
      await page.goto(searchFor('es', query));
      const result = resultHeadings(page).filter({ hasText: 'Sistemas Penitenciarios y Carcelarios' });
      await expect(result.getByRole('link')).toHaveAttribute('href', '/es/carceles');
      await expect(page.getByRole('main').getByText(/^\d+ resultados? para «/)).toBeVisible();
    });
  }

  test('"reunion" finds a Reunión on /es, with the hit marked in its title', async ({ page }) => {
    await page.goto(searchFor('es', 'reunion'));
    await expect(resultHeadings(page).filter({ hasText: 'Reunión' }).first()).toBeVisible();
    await expect(resultHeadings(page).first().locator('mark')).toHaveText('Reunión');
    await expect(page.getByRole('main').getByText('Reunión', { exact: true }).first()).toBeVisible();
  });

  test('a word only the Spanish content has is found on /es and not on /en', async ({ page }) => {
    await page.goto(searchFor('es', 'zarzaparrilla'));
    await expect(resultHeadings(page)).toHaveText(['Prueba ficticia: informe sobre la zarzaparrilla']);
    await expect(page.getByRole('main').getByText('1 resultado para «zarzaparrilla»')).toBeVisible();
    await page.goto(searchFor('en', 'zarzaparrilla'));
    await expect(resultHeadings(page)).toHaveCount(0);
    await expect(page.getByRole('status')).toContainText('No results for “zarzaparrilla”');
  });

  test('results say what kind of content they are, in the reader’s language', async ({ page }) => {
    await page.goto(searchFor('es', 'carcel'));
    const kinds = await page.getByRole('main').locator('ol > li > p:first-of-type').allTextContents();
    expect(kinds).toContain('Reunión');
    expect(kinds).toContain('Página');
    expect(kinds).toContain('Documento');
    expect(kinds).toContain('Noticia');
  });
});

test.describe('ranking and snippets', () => {
  test('results whose title has the word come before those whose text has it', async ({ page }) => {
    // Three handbooks have the word in their title; pages that cite them, only in their text.
    await page.goto(searchFor('en', 'handbook'));
    const items = page.getByRole('main').locator('ol > li');
    await expect(items.first()).toBeVisible();
    const inTitle = await items.evaluateAll((list) => list.map((item) => item.querySelector('h2 mark') !== null));
    expect(inTitle).toContain(true);
    expect(inTitle).toContain(false);
    expect(inTitle).toEqual([...inTitle].sort((a, b) => Number(b) - Number(a)));
  });

  test('a snippet marks the hit in the text around it', async ({ page }) => {
    await page.goto(searchFor('es', 'cárceles'));
    const prisons = page.getByRole('main').locator('ol > li').filter({ hasText: 'Sistemas Penitenciarios y Carcelarios' });
    await expect(prisons.locator('p mark')).toHaveText(['cárcel']);
    await expect(prisons.locator('p').last()).toContainText('«La cárcel: problemas y desafíos para las Américas»');
  });

  test('markup in content and in the query is shown as text, and no script runs', async ({ page }) => {
    await page.goto(searchFor('en', '<script>'));
    const result = page.getByRole('main').locator('ol > li').filter({ hasText: 'Fixture: the publisher name holds markup' });
    await expect(result.locator('p').last()).toContainText('Fixture <script>window.__searchInjected = true</script> Press');
    await expect(result.locator('p mark')).toHaveText(['script', 'script']);
    await expect(page.getByRole('main').getByText('1 result for “<script>”')).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search pages, news, meetings and documents' })).toHaveValue('<script>');
    expect(await page.evaluate(() => (window as { __searchInjected?: boolean }).__searchInjected)).toBeUndefined();
  });

  test('wildcards and GROQ punctuation find nothing, and no error', async ({ request }) => {
    for (const query of ['*', '"]', '*[', '{}', '||']) {
      const response = await request.get(searchFor('en', query));
      expect(response.status(), query).toBe(200);
      expect(await response.text(), query).toContain('No results for');
    }
  });

  test('a query written as GROQ is searched for its words, as text', async ({ request }) => {
    const asGroq = searchResultTitles(await (await request.get(searchFor('en', '") || true || ("'))).text());
    const asWord = searchResultTitles(await (await request.get(searchFor('en', 'true'))).text());
    expect(asGroq).toEqual(['Fixture: the publisher name holds markup']);
    expect(asGroq).toEqual(asWord);
  });
});

test.describe('the search page’s messages', () => {
  test('with no query, the form and a prompt, in each language', async ({ page }) => {
    for (const [path, prompt] of [
      [`${searchPage.en}?q=`, 'Type one or more words'],
      [`${searchPage.es}?q=`, 'Escriba una o más palabras'],
      [searchPage.es, 'Escriba una o más palabras'],
    ]) {
      const response = await page.goto(path as string);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('main').getByText(prompt as string)).toBeVisible();
      await expect(page.getByRole('main').getByRole('search')).toBeVisible();
      await expect(resultHeadings(page)).toHaveCount(0);
    }
  });

  test('a query over 100 characters gets a message and a 200, in each language', async ({ page }) => {
    const long = 'prison '.repeat(15);
    for (const [locale, message] of [
      ['en', 'Your search is too long. Use at most 100 characters.'],
      ['es', 'Su búsqueda es demasiado larga. Use como máximo 100 caracteres.'],
    ] as const) {
      const response = await page.goto(searchFor(locale, long));
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('status')).toHaveText(message);
      await expect(resultHeadings(page)).toHaveCount(0);
    }
  });

  test('a query of exactly 100 characters is searched', async ({ page }) => {
    await page.goto(searchFor('en', `prison ${'x'.repeat(93)}`));
    await expect(page.getByRole('status')).toContainText('No results for “prison x');
  });
});

test.describe('pagination', () => {
  test('results come ten to a page, and the next page has the rest', async ({ page }) => {
    await page.goto(searchFor('en', 'prison'));
    const count = Number((await page.getByRole('main').getByText(/^\d+ results for “prison”$/).textContent())?.split(' ')[0]);
    expect(count).toBeGreaterThan(10);
    const pageCount = Math.ceil(count / 10);
    await expect(resultHeadings(page)).toHaveCount(10);
    const firstPage = await resultHeadings(page).allTextContents();
    const pages = page.getByRole('navigation', { name: 'Pages' });
    await expect(pages.getByText(`Page 1 of ${pageCount}`)).toBeVisible();
    await pages.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/\/en\/search\?q=prison&page=2$/);
    await expect(pages.getByText(`Page 2 of ${pageCount}`)).toBeVisible();
    const secondPage = await resultHeadings(page).allTextContents();
    expect(secondPage.length).toBe(Math.min(10, count - 10));
    expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
    await expect(page.getByRole('main').locator('ol')).toHaveAttribute('start', '11');
  });

  test('a page number that is not one shows the first page and says so', async ({ page }) => {
    const response = await page.goto(searchFor('es', 'de', '&page=abc'));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('status')).toContainText('El número de página de la dirección no era válido');
    await expect(page.getByRole('navigation', { name: 'Páginas' }).getByText(/^Página 1 de \d+$/)).toBeVisible();
  });
});

test.describe('search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page’s form submits the query and shows results', async ({ page }) => {
    await page.goto(searchPage.es);
    await page.getByRole('searchbox', { name: 'Buscar en páginas, noticias, reuniones y documentos' }).fill('cárceles');
    await page.getByRole('main').getByRole('button', { name: 'Buscar' }).click();
    await expect(page).toHaveURL(/\/es\/buscar\?q=c%C3%A1rceles$/);
    await expect(resultHeadings(page).filter({ hasText: 'Sistemas Penitenciarios y Carcelarios' })).toBeVisible();
  });

  test('the header’s form searches in the reader’s language', async ({ page }) => {
    for (const [home, label, button, expected] of [
      ['/en', 'Search the site', 'Search', /\/en\/search\?q=prison$/],
      ['/es/carceles', 'Buscar en el sitio', 'Buscar', /\/es\/buscar\?q=prison$/],
    ] as const) {
      await page.goto(home);
      const form = page.getByRole('banner').getByRole('search');
      await form.getByRole('searchbox', { name: label }).fill('prison');
      await form.getByRole('button', { name: button }).click();
      await expect(page).toHaveURL(expected);
      await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('prison');
    }
  });
});

test.describe('search metadata', () => {
  test('results pages are titled with the query, kept out of search engines, and name each language’s search page', async ({ request }) => {
    const english = headMetadata(await (await request.get(searchFor('en', 'prison'))).text());
    expect(english.title).toMatch(/^Search results for “prison” \| \S/);
    expect(english.meta.robots).toEqual(['noindex']);
    expect(english.canonical).toBe(`${e2eSiteUrl}/en/search`);
    expect(english.hreflang).toEqual({
      en: `${e2eSiteUrl}/en/search`,
      es: `${e2eSiteUrl}/es/buscar`,
      'x-default': `${e2eSiteUrl}/en/search`,
    });
    const spanish = headMetadata(await (await request.get(searchFor('es', 'cárcel'))).text());
    expect(spanish.title).toMatch(/^Resultados de la búsqueda de «cárcel» \| \S/);
    expect(spanish.meta.robots).toEqual(['noindex']);
    expect(spanish.canonical).toBe(`${e2eSiteUrl}/es/buscar`);
    expect(spanish.hreflang).toEqual(english.hreflang);
    expect(headMetadata(await (await request.get(searchPage.es)).text()).title).toMatch(/^Buscar \| \S/);
  });

  test('the language toggle leads to the other language’s search page', async ({ page }) => {
    await page.goto(searchFor('en', 'prison'));
    await page.getByRole('navigation', { name: 'Language selection' }).getByRole('link', { name: 'Español' }).click();
    await expect(page).toHaveURL(/\/es\/buscar$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buscar');
  });

  test('/es/search is the Spanish search page’s old name: a 308 to /es/buscar', async ({ request }) => {
    const response = await request.get('/es/search?q=carcel', { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers().location).toBe('/es/buscar?q=carcel');
  });

  test('the server sends the results in the HTML', async ({ request }) => {
    const titles = searchResultTitles(await (await request.get(searchFor('es', 'zarzaparrilla'))).text());
    expect(titles).toEqual(['Prueba ficticia: informe sobre la zarzaparrilla']);
  });
});

test.describe('search accessibility', () => {
  // The search pages without a query are audited with every page (e2e/deployed/everyPage.spec.ts).
  for (const width of [1280, 375]) {
    for (const path of [searchFor('en', 'prison'), searchFor('es', 'cárceles'), searchFor('en', 'x'.repeat(101))]) {
      test(`${path.slice(0, 40)} at ${width} px has no violations`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        expect(await accessibilityViolations(page)).toEqual([]);
      });
    }
  }
});
