import { expect, request as requestContext, test, type Page } from '@playwright/test';
import { crawlSite, e2ePorts, e2eSiteUrl, locales, pagesToOpen, toggleDestination } from '../utils';
import { staysOnPublicOrigin } from './http';

/**
 * The language toggle as readers meet it once deployed: behind nginx, over TLS, at the site's
 * public name. On loopback these pass whatever the server writes in a Location, since Chromium
 * maps its bind address (0.0.0.0) to loopback; here a wrong one leads nowhere.
 */
async function sitePages(): Promise<string[]> {
  // The same build on loopback: its crawl reads HTML only, faster than a browser.
  const loopback = await requestContext.newContext({
    baseURL: `http://127.0.0.1:${e2ePorts.E2E_PORT}`,
  });
  try {
    return pagesToOpen(await crawlSite(loopback));
  } finally {
    await loopback.dispose();
  }
}

/** Every Location the browser is sent while the test runs. */
function recordLocations(page: Page): string[] {
  const locations: string[] = [];
  page.on('response', (response) => {
    const location = response.headers()['location'];
    if (location) locations.push(location);
  });
  return locations;
}

const toggleLinks = (page: Page) =>
  page
    .getByRole('navigation', {
      name: /^(Language selection|Selección de idioma)$/,
    })
    .getByRole('link');

const decodedPath = (url: string) => decodeURIComponent(new URL(url, e2eSiteUrl).pathname);

async function followEveryToggle(page: Page, { checkServedHtml }: { checkServedHtml: boolean }) {
  const locations = recordLocations(page);
  for (const path of await sitePages()) {
    await page.goto(path);
    if (checkServedHtml) {
      // With JavaScript off, this is the HTML as served: its language, its heading, its toggle.
      const language = path.split('/')[1] ?? '';
      await expect(page.locator('html'), path).toHaveAttribute('lang', language);
      await expect(page.locator('h1'), path).toHaveCount(1);
    }
    const toggle = toggleLinks(page).first();
    const destination = toggleDestination((await toggle.getAttribute('href')) ?? '');
    await toggle.click();
    await page.waitForURL((url) => decodedPath(url.href) === decodeURIComponent(destination));
    expect(new URL(page.url()).origin, path).toBe(e2eSiteUrl);
  }
  expect(locations.filter((location) => !staysOnPublicOrigin(location))).toEqual([]);
}

async function rememberedChoiceWins(page: Page) {
  for (const locale of locales) {
    await page.goto(locale === 'es' ? '/en/prisons' : '/es/carceles');
    await toggleLinks(page).first().click();
    await page.waitForURL(new RegExp(`/${locale}/`));
    await page.goto('/');
    await expect(page).toHaveURL(`${e2eSiteUrl}/${locale}`);
  }
}

test.describe('with JavaScript on', () => {
  test('every page’s toggle lands on its equivalent at the public address', async ({ page }) => {
    test.setTimeout(600_000);
    await followEveryToggle(page, { checkServedHtml: false });
  });

  test('the remembered choice wins on the next visit to /', async ({ page }) => {
    await rememberedChoiceWins(page);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every page has its language, a heading and the toggle, which lands on its equivalent', async ({ page }) => {
    test.setTimeout(600_000);
    await followEveryToggle(page, { checkServedHtml: true });
  });

  test('the remembered choice wins on the next visit to /', async ({ page }) => {
    await rememberedChoiceWins(page);
  });
});
