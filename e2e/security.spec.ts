import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type APIResponse } from '@playwright/test';
import { crawlSite, cspViolationsIn, e2eDistDir, e2eLiveDistDir, e2eSecrets, recordCspViolations } from './utils';

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers['content-security-policy']).toBeDefined();
  expect(headers['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=()');
}

test.describe('security headers', () => {
  for (const [what, url, status] of [
    ['a page', '/en/prisons', 200],
    ['the language choice route', '/api/language?to=/es/carceles', 303],
    ['a 404', '/es/no-existe', 404],
  ] as const) {
    test(`${what} carries them`, async ({ request }) => {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status()).toBe(status);
      expectSecurityHeaders(response);
    });
  }

  test('the site policy allows no other origin, no plugins and no framing by other sites', async ({ request }) => {
    const policy = (await request.get('/en/prisons')).headers()['content-security-policy'] ?? '';
    const directives = new Map(policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('form-action')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'self'"]);
    expect(directives.has('connect-src')).toBe(false);
  });

  test('/studio has its own policy, which lets the Studio reach Sanity', async ({ request }) => {
    const page = (await request.get('/en/prisons')).headers()['content-security-policy'];
    const studio = await request.get('/studio', { maxRedirects: 0 });
    expectSecurityHeaders(studio);
    const policy = studio.headers()['content-security-policy'];
    expect(policy).not.toBe(page);
    expect(policy).toContain("connect-src 'self' https://*.sanity.io wss://*.sanity.io");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("'unsafe-eval'");
  });
});

// Every page's hydration within the policy is checked by the whole-site sweep (e2e/deployed/everyPage.spec.ts).
test.describe('content security policy in the browser', () => {
  test.beforeEach(({ page }) => recordCspViolations(page));

  test('the policy blocks an image from another site, and the page hears of it', async ({ page }) => {
    await page.goto('/en/prisons');
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'https://images.example.com/tracker.png';
      image.alt = '';
      document.body.append(image);
    });
    await expect.poll(() => cspViolationsIn(page)).toEqual([
      'img-src blocked https://images.example.com/tracker.png on /en/prisons',
    ]);
  });
});

test.describe('secrets', () => {
  const secrets = Object.entries(e2eSecrets);

  async function filesUnder(directory: string): Promise<string[]> {
    const entries = await readdir(directory, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  }

  test('no secret is in a file the browser can load from either build', async () => {
    const files = (
      await Promise.all([e2eDistDir, e2eLiveDistDir].map((distDir) => filesUnder(path.join(distDir, 'static'))))
    ).flat();
    expect(files.length).toBeGreaterThan(10);
    const leaks: string[] = [];
    for (const file of files) {
      const content = await readFile(file, 'latin1');
      for (const [name, value] of secrets) if (content.includes(value)) leaks.push(`${name} in ${file}`);
    }
    expect(leaks).toEqual([]);
  });

  test('no secret is in the HTML of any page', async ({ request }) => {
    const leaks: string[] = [];
    for (const pagePath of [...(await crawlSite(request)), '/en/no-such-page']) {
      const html = await (await request.get(pagePath)).text();
      for (const [name, value] of secrets) if (html.includes(value)) leaks.push(`${name} in ${pagePath}`);
    }
    expect(leaks).toEqual([]);
  });
});
