import { expect, test } from '@playwright/test';
import { crawlSite, e2ePorts } from './utils';

/** A string only the Studio's own code holds: a field description from sanity/schemaTypes. */
const studioCodeMarker = 'Set when the document is created in a language';

test.describe('/studio in a build without a Sanity project', () => {
  test('answers 200 with noindex, without a language redirect', async ({ request }) => {
    const response = await request.get('/studio', { maxRedirects: 0, headers: { 'Accept-Language': 'es' } });
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('<meta name="robots" content="noindex"/>');
  });

  test('says how to connect a project', async ({ page }) => {
    await page.goto('/studio');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connect a Sanity project to edit this site');
    await expect(page.getByRole('main')).toContainText('SANITY_PROJECT_ID=');
    await expect(page.getByRole('main')).toContainText('npm run dataset:import');
  });

  test('says how to try it with a free project, and what the bundled build cannot offer', async ({ page }) => {
    await page.goto('/studio');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Try it with a free Sanity project', 'What this build cannot offer']);
    await expect(page.getByRole('main')).toContainText('npx sanity cors add http://localhost:3000 --credentials');
    await expect(page.getByRole('main').getByRole('listitem').first()).toContainText('editing, drafts and publishing');
  });
});

test("/studio holds nothing of the test builds' Content Lake stand-in", async ({ request }) => {
  // The live test build's Studio reaches the stand-in at this host (e2e/builds.mjs); a build made
  // without E2E_STUDIO_API_HOST, as this one and production are, must not name it anywhere.
  const standIn = `localhost:${e2ePorts.E2E_CONTENT_LAKE_PORT}`;
  const response = await request.get('/studio');
  expect(response.headers()['content-security-policy']).not.toContain(standIn);
  const html = await response.text();
  expect(html).not.toContain(standIn);
  const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1] as string);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(await (await request.get(script)).text(), script).not.toContain(standIn);
});

test('public pages load none of the Studio code', async ({ request }) => {
  test.setTimeout(120_000);
  const scriptsOf = async (path: string) =>
    [...(await (await request.get(path)).text()).matchAll(/<script src="([^"]+)"/g)].map((match) => match[1] as string);
  // Pages share their chunks: each one is read once.
  const contents = new Map<string, Promise<string>>();
  const contentOf = (script: string) => {
    if (!contents.has(script)) contents.set(script, request.get(script).then((response) => response.text()));
    return contents.get(script) as Promise<string>;
  };

  const studioScripts = await scriptsOf('/studio');
  const studioContents = await Promise.all(studioScripts.map(contentOf));
  const studioOnly = studioScripts.filter((_, index) => studioContents[index]?.includes(studioCodeMarker));
  expect(studioOnly.length, 'the marker identifies the Studio code').toBeGreaterThan(0);

  for (const path of await crawlSite(request)) {
    const scripts = await scriptsOf(path);
    expect(scripts.filter((script) => studioOnly.includes(script)), path).toEqual([]);
    for (const script of scripts) expect(await contentOf(script), `${path} loads ${script}`).not.toContain(studioCodeMarker);
  }
});
