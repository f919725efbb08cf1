import { expect, test, type Browser } from '@playwright/test';
import { accessibilityViolations, e2eSiteUrl, headMetadata } from '../utils';
import { throughReverseProxy } from './http';

/**
 * Addresses that lead nowhere, read with JavaScript off: the HTML as served must be the whole
 * not-found page, in the address's language, with the site's frame and ways on.
 */
test.use({ javaScriptEnabled: false });

const english = {
  lang: 'en',
  heading: 'Page not found',
  main: 'Main',
  home: 'Go to the home page',
};
const spanish = {
  lang: 'es',
  heading: 'Página no encontrada',
  main: 'Principal',
  home: 'Ir a la página de inicio',
};

const probes = [
  ['an unknown English page', '/en/no-such-page', english],
  ['an unknown Spanish page', '/es/no-existe', spanish],
  ['an unknown child of a real page', '/en/prisons/no-such-child', english],
  ['an unknown child of a real Spanish page', '/es/carceles/nada', spanish],
  ['an unknown news article', '/en/news/no-such-article', english],
  ['an unknown Spanish news article', '/es/noticias/no-existe', spanish],
  ['an unknown meeting', '/en/meetings/no-such-meeting', english],
  ['an unknown Spanish meeting', '/es/reuniones/no-existe', spanish],
  ['the untranslated notice of an unknown document', '/es/sin-traduccion/no-such-id', spanish],
] as const;

/**
 * axe on a page as served to a browser without JavaScript. axe itself runs as script, which a
 * context with JavaScript off cannot run: so the page's own scripts are taken out of its HTML.
 */
async function violationsWithoutPageScripts(browser: Browser, path: string, html: string) {
  const context = await browser.newContext({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    await page.route(`${e2eSiteUrl}${path}`, (route) =>
      route.fulfill({
        status: 404,
        contentType: 'text/html; charset=utf-8',
        body: html.replace(/<script\b[\s\S]*?<\/script>/g, ''),
      }),
    );
    await page.goto(path);
    return await accessibilityViolations(page);
  } finally {
    await context.close();
  }
}

for (const [name, path, expected] of probes) {
  test(`${name} (${path}) is a whole 404 page`, async ({ page, browser }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    expect(page.url()).toBe(`${e2eSiteUrl}${path}`);
    await expect(page.locator('html')).toHaveAttribute('lang', expected.lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected.heading);
    await expect(page.getByRole('navigation', { name: expected.main })).toBeVisible();
    await expect(page.getByRole('search').first()).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: expected.home })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    const served = await throughReverseProxy(path);
    expect(headMetadata(served.body).meta['robots']).toContain('noindex');
    expect(await violationsWithoutPageScripts(browser, path, served.body)).toEqual([]);
  });
}

test.describe('in a Spanish browser', () => {
  test.use({ locale: 'es-MX' });

  test('an unknown first segment is the not-found page in the reader’s language', async ({ page }) => {
    const response = await page.goto('/no-such-section');
    expect(response?.status()).toBe(404);
    expect(page.url()).toBe(`${e2eSiteUrl}/es/no-such-section`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(spanish.heading);
  });
});
