import { expect, request as requestContext, test, type Page } from '@playwright/test';
import {
  accessibilityViolations,
  crawlSite,
  cspViolationsIn,
  e2ePorts,
  e2eSiteUrl,
  locales,
  pagesToOpen,
  recordCspViolations,
  toggleDestination,
} from '../utils';
import { staysOnPublicOrigin } from './http';

/**
 * Every page of the site as readers meet it once deployed: behind nginx, over TLS, at the site's
 * public name. On loopback a toggle passes whatever the server writes in a Location, since
 * Chromium maps its bind address (0.0.0.0) to loopback; here a wrong one leads nowhere. Each page
 * is loaded once for all that is checked on it: loading is most of a check's cost.
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

const inLanguage = (locale: string) => (path: string) => path.split('/')[1] === locale;

/** Not-found pages in each language: checked like pages, but they have no equivalent to toggle to. */
const notFoundPaths: Record<(typeof locales)[number], string[]> = {
  en: ['/en/no-such-page', '/_next/static/no-such-chunk.js'],
  es: ['/es/no-existe'],
};

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

/**
 * Follows the page's toggle and expects the equivalent page to answer, at the public address. It
 * is not waited for beyond its answer: the sweep opens it for its own checks.
 */
async function followToggle(page: Page, path: string) {
  const toggle = toggleLinks(page).first();
  const destination = decodeURIComponent(toggleDestination((await toggle.getAttribute('href')) ?? ''));
  const landing = page.waitForResponse(
    (response) => response.request().isNavigationRequest() && decodedPath(response.url()) === destination,
    { timeout: 30_000 },
  );
  await toggle.click();
  const response = await landing;
  expect(response.status(), `${path} → ${destination}`).toBe(200);
  expect(new URL(response.url()).origin, path).toBe(e2eSiteUrl);
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
  const widths = [1280, 375];

  // One test a language, so that the two run side by side.
  for (const locale of locales) {
    test(`every ${locale} page hydrates within its content security policy, axe finds nothing at ${widths.join(' and ')} px, and its toggle lands on its equivalent`, async ({
      page,
    }) => {
      const pages = (await sitePages()).filter(inLanguage(locale));
      const paths = [...pages, ...notFoundPaths[locale]];
      test.setTimeout(60_000 + paths.length * 6_000);
      await recordCspViolations(page);
      const locations = recordLocations(page);
      const failures: Record<string, unknown> = {};
      for (const path of paths) {
        await page.setViewportSize({ width: widths[0] ?? 1280, height: 900 });
        await page.goto(path);
        // The app router adds its route announcer once hydrated: every script has run by then. A
        // blocked script stops hydration, so the violations so far explain a failure here.
        const beforeHydration = await cspViolationsIn(page);
        await expect(page.locator('next-route-announcer'), `${path} hydrates (${beforeHydration.join('; ')})`).toBeAttached();
        const blocked = await cspViolationsIn(page);
        if (blocked.length > 0) failures[`${path}: content security policy`] = blocked;
        // Laid out again at the next width rather than loaded again, as a reader turning a tablet.
        for (const width of widths) {
          await page.setViewportSize({ width, height: 900 });
          const violations = await accessibilityViolations(page);
          if (violations.length > 0) failures[`${path} at ${width} px`] = violations;
        }
        if (pages.includes(path)) await followToggle(page, path);
      }
      expect(failures).toEqual({});
      expect(locations.filter((location) => !staysOnPublicOrigin(location))).toEqual([]);
    });
  }

  test('the remembered choice wins on the next visit to /', async ({ page }) => {
    await rememberedChoiceWins(page);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every page has its language, a heading and the toggle, which lands on its equivalent', async ({ page }) => {
    test.setTimeout(600_000);
    const locations = recordLocations(page);
    for (const path of await sitePages()) {
      await page.goto(path);
      // This is the HTML as served: its language, its heading, its toggle.
      const language = path.split('/')[1] ?? '';
      await expect(page.locator('html'), path).toHaveAttribute('lang', language);
      await expect(page.locator('h1'), path).toHaveCount(1);
      await followToggle(page, path);
    }
    expect(locations.filter((location) => !staysOnPublicOrigin(location))).toEqual([]);
  });

  test('the remembered choice wins on the next visit to /', async ({ page }) => {
    await rememberedChoiceWins(page);
  });
});
