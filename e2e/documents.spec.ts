import { expect, test, type Page } from '@playwright/test';
import { accessibilityViolations, headMetadata, sitePath, toggleDestination } from './utils';

/** The fictional library in e2e/fixtures/meetings-documents.ndjson, by language. */
const library = {
  en: {
    path: '/en/documents',
    otherPath: '/es/documentos',
    mainPublisher: 'Fictional Institute of Test Documents',
    otherPublisher: 'Imaginary Council for Fixtures',
    labels: { kind: 'Type', publisher: 'Publisher', year: 'Year', language: 'Language of the document' },
    apply: 'Apply filters',
    clear: 'Clear filters',
    reports: 'Report',
    spanish: 'Spanish',
    count: (count: number) => `${count} ${count === 1 ? 'document' : 'documents'}`,
    firstOf2099: 'Fixture: a valid publication',
    fileDetails: '(PDF, 1.2 MB)',
    notice: 'Part of this address could not be used and has been ignored',
    lastPage: 'There is no page 999: this is the last page.',
    empty: 'No documents match these filters.',
    position: /Page (\d+) of (\d+)/,
  },
  es: {
    path: '/es/documentos',
    otherPath: '/en/documents',
    mainPublisher: 'Instituto Ficticio de Documentos de Prueba',
    otherPublisher: 'Consejo Imaginario de Datos de Prueba',
    labels: { kind: 'Tipo', publisher: 'Entidad editora', year: 'Año', language: 'Idioma del documento' },
    apply: 'Aplicar filtros',
    clear: 'Quitar filtros',
    reports: 'Informe',
    spanish: 'Español',
    count: (count: number) => `${count} ${count === 1 ? 'documento' : 'documentos'}`,
    // The locale's collation puts “Ámbitos” before “Bases”, where code points would put it last.
    firstOf2099: 'Ámbitos: documento de prueba ficticio 01',
    // The Spanish entry's document is in English: its link says so, in English, marked as such.
    fileDetails: '(PDF, 1,2 MB, English)',
    notice: 'Una parte de esta dirección no se pudo usar y se ha ignorado',
    lastPage: 'No existe la página 999: esta es la última página.',
    empty: 'Ningún documento coincide con estos filtros.',
    position: /Página (\d+) de (\d+)/,
  },
} as const;

/** The library's entries, not the lists of versions inside them. */
const entries = (page: Page) => page.getByRole('region', { name: /^\d+ (documents?|documentos?)$/ }).locator(':scope > ul > li');

for (const [locale, l] of Object.entries(library)) {
  test.describe(`the documents library in ${locale}`, () => {
    test('lists the language’s documents newest first, with the file’s type and size in the link', async ({ page }) => {
      const response = await page.goto(l.path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(locale === 'en' ? 'Documents' : 'Documentos');
      const first = entries(page).first();
      await expect(first).toContainText(l.firstOf2099);
      await expect(first).toContainText('2099');
      const alpha = entries(page).filter({ hasText: locale === 'en' ? 'Fixture: Alpha' : 'Ámbitos' });
      await expect(alpha.getByRole('link')).toHaveText(new RegExp(`${l.fileDetails.replace(/[().]/g, '\\$&')}`));
      await expect(alpha.getByRole('link')).toHaveAttribute('href', `https://example.org/fixtures/library-01-${locale}.pdf`);
      await expect(alpha.getByRole('link')).toHaveAttribute('hreflang', 'en');
      await expect(alpha.getByRole('link').locator('[lang]')).toHaveCount(locale === 'en' ? 0 : 1);
      await expect(alpha.getByRole('link').locator('[lang="en"]')).toHaveText(locale === 'en' ? [] : ['English']);
      await expect(alpha).toContainText(l.reports);
      await expect(alpha).toContainText(l.mainPublisher);
      // The sixth fixture has no known address: its title is no link.
      const withoutLink = entries(page).filter({ hasText: locale === 'en' ? 'Fixture: Zeta' : 'Fichas:' });
      await expect(withoutLink).toHaveCount(1);
      await expect(withoutLink.getByRole('link')).toHaveCount(0);
    });

    test('links every language’s version of a document, and an uploaded file with the type and size of the file itself', async ({
      page,
    }) => {
      await page.goto(`${l.path}?year=2099`);
      // Fixture 03 exists in Spanish and in English: each version is a link named by its language.
      const bilingual = entries(page).filter({ hasText: locale === 'en' ? 'Fixture: Gamma' : 'Catálogo' });
      const versions = bilingual.getByRole('list', { name: new RegExp(`^${locale === 'en' ? 'Versions of' : 'Versiones de'} `) });
      // Each link also says, to screen readers, that it leaves the site.
      await expect(versions.getByRole('link')).toHaveText([/^Español \(DOCX, 52 kB\) /, /^English \(PDF, 61 kB\) /]);
      await expect(versions.getByRole('link').first()).toHaveAttribute('hreflang', 'es');
      await expect(versions.getByRole('link').nth(1)).toHaveAttribute('hreflang', 'en');
      // Fixture 04 is an uploaded PDF of 2.48 MB; "DOCX" and 1 byte typed beside it are ignored.
      const uploaded = entries(page).filter({ hasText: locale === 'en' ? 'Fixture: Delta' : 'Directrices' }).getByRole('link');
      await expect(uploaded).toHaveAttribute('href', `https://cdn.example.org/files/fixture/library-04-${locale}.pdf`);
      await expect(uploaded).toContainText(locale === 'en' ? '(PDF, 2.5 MB)' : '(PDF, 2,5 MB, English)');
    });

    test('filters by kind, publisher, year and language through the address, with JavaScript', async ({ page }) => {
      await page.goto(l.path);
      const form = page.getByRole('form', { name: locale === 'en' ? 'Filter documents' : 'Filtrar documentos' });
      await form.getByLabel(l.labels.publisher).selectOption(l.mainPublisher);
      await form.getByLabel(l.labels.year).selectOption('2099');
      await form.getByRole('button', { name: l.apply }).click();
      await expect(page).toHaveURL(new RegExp(`${l.path}\\?.*year=2099`));
      const url = new URL(page.url());
      expect(url.searchParams.get('publisher')).toBe(l.mainPublisher);
      // Alpha, Beta, Gamma, Delta, Epsilon and Zeta: 2099, from the main fictional publisher.
      await expect(page.getByRole('heading', { name: l.count(6) })).toBeVisible();
      await expect(entries(page)).toHaveCount(6);
      await expect(form.getByLabel(l.labels.year)).toHaveValue('2099');
      await expect(form.getByLabel(l.labels.publisher)).toHaveValue(l.mainPublisher);

      await form.getByLabel(l.labels.language).selectOption({ label: l.spanish });
      await form.getByRole('button', { name: l.apply }).click();
      await expect(page).toHaveURL(/language=es/);
      await expect(page.getByRole('heading', { name: l.count(1) })).toBeVisible();
      await expect(entries(page)).toHaveCount(1);

      await form.getByRole('link', { name: l.clear }).click();
      await expect(page).toHaveURL(new RegExp(`${l.path}$`));
      await expect(form.getByLabel(l.labels.year)).toHaveValue('');
    });

    test('says so when no document matches', async ({ page }) => {
      await page.goto(`${l.path}?publisher=${encodeURIComponent(l.otherPublisher)}&kind=handbook`);
      await expect(page.getByRole('status').filter({ hasText: l.empty })).toBeVisible();
      await expect(page.getByRole('status').getByRole('link', { name: l.clear })).toHaveAttribute('href', l.path);
    });

    test('pages through ten documents at a time, keeping the filters', async ({ page }) => {
      await page.goto(`${l.path}?publisher=${encodeURIComponent(l.mainPublisher)}`);
      await expect(page.getByRole('heading', { name: l.count(12) })).toBeVisible();
      await expect(entries(page)).toHaveCount(10);
      const pages = page.getByRole('navigation', { name: locale === 'en' ? 'Pages' : 'Páginas' });
      await pages.getByRole('link', { name: locale === 'en' ? 'Next page' : 'Página siguiente' }).click();
      await expect(page).toHaveURL(/page=2/);
      expect(new URL(page.url()).searchParams.get('publisher')).toBe(l.mainPublisher);
      await expect(entries(page)).toHaveCount(2);
      await expect(pages).toContainText(l.position);
      await expect(pages.getByRole('link', { name: locale === 'en' ? 'Next page' : 'Página siguiente' })).toHaveCount(0);
    });

    test('answers a page past the end with the last page and a notice', async ({ page }) => {
      const response = await page.goto(`${l.path}?publisher=${encodeURIComponent(l.mainPublisher)}&page=999`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('status').filter({ hasText: l.lastPage })).toBeVisible();
      await expect(entries(page)).toHaveCount(2);
      await expect(page.getByRole('navigation', { name: locale === 'en' ? 'Pages' : 'Páginas' })).toContainText(
        locale === 'en' ? 'Page 2 of 2' : 'Página 2 de 2',
      );
    });

    for (const query of ['year=abc', 'kind=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'page=abc', 'publisher=Nobody&page=0', 'year=2099&year=2098']) {
      test(`ignores ${decodeURIComponent(query)} with a notice, never an error`, async ({ page }) => {
        const response = await page.goto(`${l.path}?${query}`);
        expect(response?.status()).toBe(200);
        const notice = page.getByRole('status').filter({ hasText: l.notice });
        await expect(notice).toBeVisible();
        // The whole library is shown: what was ignored filtered nothing.
        await expect(entries(page).first()).toContainText(l.firstOf2099);
        await expect(page.locator('script:not([src])').filter({ hasText: 'alert(1)' })).toHaveCount(0);
      });
    }

    test('is indexed only unfiltered, on its first page; the other language’s library is its alternate', async ({ request }) => {
      const plain = headMetadata(await (await request.get(l.path)).text());
      expect(sitePath(plain.canonical ?? '')).toBe(l.path);
      expect(sitePath(plain.hreflang[l.otherPath.slice(1, 3)] ?? '')).toBe(l.otherPath);
      expect(plain.meta.robots).toBeUndefined();
      for (const query of ['?year=2099', '?page=2', '?year=abc']) {
        const filtered = headMetadata(await (await request.get(`${l.path}${query}`)).text());
        expect(filtered.meta.robots?.join()).toMatch(/noindex/);
        expect(sitePath(filtered.canonical ?? '')).toBe(l.path);
      }
    });

    test('its language toggle leads to the other language’s library', async ({ page }) => {
      await page.goto(l.path);
      const toggle = page.getByRole('navigation', { name: /Language selection|Selección de idioma/ }).getByRole('link');
      expect(toggleDestination((await toggle.getAttribute('href')) ?? '')).toBe(l.otherPath);
    });

    for (const width of [1280, 375]) {
      test(`has no accessibility violations at ${width} px, filtered and paged`, async ({ page }) => {
        // The library as linked is audited with every page (e2e/deployed/everyPage.spec.ts); these
        // views only a reader's filters reach. Each audited in full: more than the default time on a
        // busy machine.
        test.slow();
        await page.setViewportSize({ width, height: 900 });
        for (const query of [`?publisher=${encodeURIComponent(l.mainPublisher)}&page=2`, '?year=abc&kind=handbook&publisher=x']) {
          await page.goto(`${l.path}${query}`);
          expect(await accessibilityViolations(page), `${l.path}${query} at ${width} px`).toEqual([]);
        }
      });
    }
  });
}

test('filters without JavaScript too: the form is a plain GET', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/es/documentos');
  await page.getByLabel('Tipo').selectOption({ label: 'Informe' });
  await page.getByLabel('Año').selectOption('2098');
  await page.getByRole('button', { name: 'Aplicar filtros' }).click();
  await expect(page).toHaveURL(/\/es\/documentos\?.*kind=report.*year=2098/);
  // Kappa and Xi: the 2098 reports of the fictional library.
  await expect(page.getByRole('heading', { name: '2 documentos' })).toBeVisible();
  await expect(entries(page)).toHaveCount(2);
  await expect(page.getByLabel('Tipo')).toHaveValue('report');
  await context.close();
});

test('/es/documents is sent to /es/documentos with a 308, its query kept', async ({ request }) => {
  const response = await request.get('/es/documents?year=2099', { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe('/es/documentos?year=2099');
});
