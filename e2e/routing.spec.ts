import { expect, test } from '@playwright/test';
import { searchResultTitles } from './utils';

test.describe('language negotiation on unprefixed paths', () => {
  test('/ sends an English browser to /en, uncached and varying on what it read', async ({ request }) => {
    const response = await request.get('/', { maxRedirects: 0, headers: { 'Accept-Language': 'en-US,en;q=0.9' } });
    expect(response.status()).toBe(307);
    expect(response.headers()['location']).toMatch(/\/en$/);
    expect(response.headers()['cache-control']).toBe('private, no-store');
    expect(response.headers()['vary']).toMatch(/Accept-Language/i);
    expect(response.headers()['vary']).toMatch(/Cookie/i);
  });

  test('/ sends a Spanish browser to /es', async ({ request }) => {
    const response = await request.get('/', { maxRedirects: 0, headers: { 'Accept-Language': 'es-MX,es;q=0.9,en;q=0.5' } });
    expect(response.status()).toBe(307);
    expect(response.headers()['location']).toMatch(/\/es$/);
  });

  test('a browser in an unsupported language gets English', async ({ request }) => {
    const response = await request.get('/', { maxRedirects: 0, headers: { 'Accept-Language': 'de-DE,de' } });
    expect(response.headers()['location']).toMatch(/\/en$/);
  });

  test('a remembered choice wins over the browser language', async ({ request }) => {
    const response = await request.get('/', {
      maxRedirects: 0,
      headers: { 'Accept-Language': 'en', Cookie: 'NEXT_LOCALE=es' },
    });
    expect(response.headers()['location']).toMatch(/\/es$/);
  });

  for (const [path, target] of [
    ['/fr', '/en/fr'],
    ['/xx/prisons', '/en/xx/prisons'],
  ] as const) {
    test(`${path} redirects once, then answers 404`, async ({ request }) => {
      const first = await request.get(path, { maxRedirects: 0, headers: { 'Accept-Language': 'en' } });
      expect(first.status()).toBe(307);
      expect(new URL(first.headers()['location'] ?? '', 'http://localhost').pathname).toBe(target);
      const second = await request.get(target, { maxRedirects: 0 });
      expect(second.status()).toBe(404);
    });
  }
});

test.describe('not found', () => {
  // The HTML as served: a page that only JavaScript fills in would pass with it on.
  test.use({ javaScriptEnabled: false });

  for (const [path, lang, heading] of [
    ['/en/no-such-page', 'en', 'Page not found'],
    ['/es/carceles/nada', 'es', 'Página no encontrada'],
  ] as const) {
    test(`${path} is a localized 404 on its first request`, async ({ page }) => {
      const response = await page.goto(`${path}-${Date.now()}`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    });
  }

  test('a mistyped file name redirects to a language, then 404s', async ({ request }) => {
    const first = await request.get('/missing-file.txt', { maxRedirects: 0, headers: { 'Accept-Language': 'es' } });
    expect(first.status()).toBe(307);
    expect(new URL(first.headers()['location'] ?? '', 'http://localhost').pathname).toBe('/es/missing-file.txt');
    expect((await request.get('/es/missing-file.txt')).status()).toBe(404);
  });

  test('an unknown API route is a plain 404, in both languages', async ({ request }) => {
    for (const method of ['get', 'post'] as const) {
      const response = await request[method]('/api/no-such-route');
      expect(response.status()).toBe(404);
      expect(await response.text()).toBe('No such API route.\nNo existe esa ruta de la API.\n');
    }
  });

  test('a missing framework file is the English not-found page', async ({ page }) => {
    const response = await page.goto('/_next/static/no-such-chunk.js');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});

test.describe('the language choice route', () => {
  test('remembers the choice and redirects to the page, uncached', async ({ request }) => {
    const response = await request.get('/api/language?to=/es/carceles', { maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(new URL(response.headers()['location'] ?? '', 'http://localhost').pathname).toBe('/es/carceles');
    expect(response.headers()['set-cookie']).toMatch(/NEXT_LOCALE=es/);
    expect(response.headers()['cache-control']).toBe('private, no-store');
  });

  for (const to of ['//example.com/en', 'https://example.com/en', '/de/seite', '/en\\..\\x', '']) {
    test(`refuses ${JSON.stringify(to)} with a clear message`, async ({ request }) => {
      const response = await request.get(`/api/language?to=${encodeURIComponent(to)}`, { maxRedirects: 0 });
      expect(response.status()).toBe(400);
      expect(response.headers()['set-cookie']).toBeUndefined();
      expect(await response.text()).toContain('must be a page of this site');
    });
  }

  test('content pages never set a cookie', async ({ request }) => {
    for (const path of ['/en', '/es', '/en/prisons', '/es/carceles', '/en/no-such-page']) {
      const response = await request.get(path, { headers: { Cookie: 'NEXT_LOCALE=es' } });
      expect(response.headers()['set-cookie'], path).toBeUndefined();
    }
  });
});

test('choosing Español is remembered on the next visit to /', async ({ page }) => {
  await page.context().setExtraHTTPHeaders({ 'Accept-Language': 'en' });
  await page.goto('/en/prisons');
  await page.getByRole('navigation', { name: 'Language selection' }).getByRole('link', { name: 'Español' }).click();
  await expect(page).toHaveURL(/\/es\/carceles$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/es$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Departamento de Seguridad Pública');
});

for (const [language, home, main, utility] of [
  ['en', '/en', 'Main', 'Department links'],
  ['es', '/es', 'Principal', 'Enlaces del Departamento'],
] as const) {
  test(`every navigation link in ${language}, prefetch included, lands on its page with no 404 on the way`, async ({ page }) => {
    const notFound: string[] = [];
    page.on('response', (response) => {
      if (response.status() === 404) notFound.push(response.url());
    });
    await page.goto(home);
    // The client router prefetches every link in view, each by its guess of the link's route.
    await page.waitForLoadState('networkidle');
    const links = page.getByRole('navigation', { name: main }).or(page.getByRole('navigation', { name: utility }).first());
    const hrefs = [...new Set(await links.getByRole('link').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? '')))];
    expect(hrefs.length).toBeGreaterThan(5);
    // One after another, as a reader clicks through the header on every page it leads to.
    for (const href of hrefs) {
      await page.locator(`header a[href="${href}"]`).first().click();
      await expect(page).toHaveURL(href);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    await page.waitForLoadState('networkidle');
    expect(notFound).toEqual([]);
  });
}

test('/es/noticias?page=2 shows page 2 after a click, 50 times while the server is loaded', async ({ page, request }) => {
  test.setTimeout(240_000);
  // The headlines of page 2 as the server renders them (its main's level-2 headings).
  const expectedTitles = searchResultTitles(await (await request.get('/es/noticias?page=2')).text());
  expect(expectedTitles.length).toBeGreaterThan(0);
  let loading = true;
  // Other readers meanwhile: a steady stream of list and article requests.
  const load = Promise.all(
    Array.from({ length: 4 }, async (_, worker) => {
      for (let index = 0; loading; index += 1) await request.get(`/es/noticias?page=${((index + worker) % 3) + 1}`);
    }),
  );
  try {
    for (let run = 0; run < 50; run += 1) {
      await page.goto('/es/noticias');
      await page.getByRole('navigation', { name: 'Páginas' }).getByRole('link', { name: 'Página siguiente' }).click();
      await expect(page).toHaveURL(/\/es\/noticias\?page=2$/);
      await expect(page.getByRole('main').getByRole('heading', { level: 2 }), `run ${run + 1}`).toHaveText(expectedTitles);
    }
  } finally {
    loading = false;
    await load;
  }
});

test('random unknown paths do not write to the server cache on disk', async ({ request }) => {
  // Each unknown path renders its 404 once: a hundred of them take seconds on a busy machine.
  test.setTimeout(120_000);
  const { readdir } = await import('node:fs/promises');
  const { e2eDistDir } = await import('./utils');
  const countFiles = async () => (await readdir(e2eDistDir, { recursive: true })).length;
  const before = await countFiles();
  for (let index = 0; index < 100; index += 1) {
    const response = await request.get(`/${index % 2 ? 'en' : 'es'}/random-${index}-${Math.random().toString(36).slice(2)}`);
    expect(response.status()).toBe(404);
  }
  // The only growth allowed is the build trace file Next appends to.
  expect(await countFiles()).toBeLessThanOrEqual(before);
});
