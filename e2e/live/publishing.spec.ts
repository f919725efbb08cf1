import { expect, test } from '@playwright/test';
import { searchResultTitles } from '../utils';
import { contentLake, renamePage, sendWebhook, timeUntil } from './contentLake';

// These tests change the Content Lake the live build reads: one at a time, each putting back
// what it changed.
test.describe.configure({ mode: 'serial' });

const policiesEs = { id: 'page-prisons-policies-es', path: '/es/carceles/politicas-penitenciarias' };

test('an edit and its webhook show on the page and in its section within a second', async ({ request }) => {
  const lake = contentLake(request);
  const original = await lake.get(policiesEs.id);
  await lake.publish({ ...original, title: 'Políticas Penitenciarias (editado)' });
  const response = await sendWebhook(request, { _id: policiesEs.id, _type: 'page', language: 'es', slug: 'politicas-penitenciarias', parent: 'page-prisons-es' });
  expect(response.status()).toBe(200);
  const onPage = await timeUntil(request, policiesEs.path, (_, body) => body.includes('Políticas Penitenciarias (editado)'));
  const inSection = await timeUntil(request, '/es/carceles', (_, body) => body.includes('Políticas Penitenciarias (editado)'));
  test.info().annotations.push({ type: 'publish-to-visible', description: `${onPage} ms on the page, ${inSection} ms more in its section` });
  expect(onPage).toBeLessThan(1000);
  expect(inSection).toBeLessThan(1000);

  await lake.publish(original);
  await sendWebhook(request, { _id: policiesEs.id, _type: 'page', language: 'es', slug: 'politicas-penitenciarias', parent: 'page-prisons-es' });
  await timeUntil(request, policiesEs.path, (_, body) => !body.includes('(editado)'));
});

test('a search read just before a publish shows the edit on the first request after the webhook', async ({ request }) => {
  // The server keeps the page it sent for half a second (cache/renderedViews.mjs):
  // the webhook's answer must end that, or this reader would get the view from before the edit.
  const search = '/es/buscar?q=penitenciarias';
  const titles = async () => searchResultTitles(await (await request.get(search)).text());
  expect(await titles()).toContain('Políticas Penitenciarias');
  expect(await titles()).toContain('Políticas Penitenciarias');
  const lake = contentLake(request);
  const original = await lake.get(policiesEs.id);
  const change = { _id: policiesEs.id, _type: 'page', language: 'es', slug: 'politicas-penitenciarias', parent: 'page-prisons-es' };
  await lake.publish({ ...original, title: 'Políticas Penitenciarias revisadas' });
  try {
    expect((await sendWebhook(request, change)).status()).toBe(200);
    expect(await titles()).toContain('Políticas Penitenciarias revisadas');
  } finally {
    await lake.publish(original);
    await sendWebhook(request, change);
  }
  expect(await titles()).toContain('Políticas Penitenciarias');
});

test('a webhook with a bad signature is refused and changes nothing', async ({ request }) => {
  const lake = contentLake(request);
  const original = await lake.get(policiesEs.id);
  // What readers have now: the page as served before the change (rendered and cached by this read
  // if an earlier publish left it to be rendered afresh).
  expect(await (await request.get(policiesEs.path)).text()).toContain('Políticas Penitenciarias');
  await lake.publish({ ...original, title: 'Título no autorizado' });
  const forged = await sendWebhook(request, { _id: policiesEs.id, _type: 'page', language: 'es' }, 'not-the-secret');
  expect(forged.status()).toBe(401);
  const unsigned = await request.post('/api/revalidate', { data: { _id: policiesEs.id, _type: 'page' } });
  expect(unsigned.status()).toBe(401);
  const page = await request.get(policiesEs.path);
  expect(await page.text()).not.toContain('Título no autorizado');
  await lake.publish(original);
});

test('a malformed webhook body is a 400', async ({ request }) => {
  expect((await sendWebhook(request, 'not json')).status()).toBe(400);
  expect((await sendWebhook(request, JSON.stringify({ _type: 'page' }))).status()).toBe(400);
});

test('a page published after the build answers 404, then 200 within a second of its webhook', async ({ request }) => {
  const lake = contentLake(request);
  const path = '/en/prisons/fixture-published-later';
  expect((await request.get(path)).status()).toBe(404);
  await lake.publish({
    _id: 'page-fixture-published-later-en',
    _type: 'page',
    language: 'en',
    title: 'Fixture: published after the build',
    slug: { _type: 'slug', current: 'fixture-published-later' },
    parent: { _type: 'reference', _ref: 'page-prisons-en' },
    body: [],
  });
  const change = { _id: 'page-fixture-published-later-en', _type: 'page', language: 'en', slug: 'fixture-published-later', parent: 'page-prisons-en' };
  expect((await sendWebhook(request, change)).status()).toBe(200);
  expect(await timeUntil(request, path, (status) => status === 200)).toBeLessThan(1000);
  // It joins its section's navigation too.
  await timeUntil(request, '/en/prisons', (_, body) => body.includes('Fixture: published after the build'), 1000);

  await lake.unpublish(change._id);
  expect((await sendWebhook(request, { ...change, operation: 'delete' })).status()).toBe(200);
  expect(await timeUntil(request, path, (status) => status === 404)).toBeLessThan(1000);
  await timeUntil(request, '/en/prisons', (_, body) => !body.includes('Fixture: published after the build'), 1000);
});

test('an unpublished page answers 404 and leaves its section’s navigation and the other language', async ({ request }) => {
  const lake = contentLake(request);
  const structure = await lake.get('page-structure-en');
  const change = { _id: 'page-structure-en', _type: 'page', language: 'en', slug: 'structure', parent: 'page-about-department-en' };
  const [path, section, spanish] = ['/en/about-the-department/structure', '/en/about-the-department', '/es/sobre-el-departamento/estructura'];
  await lake.unpublish(structure._id);
  try {
    expect((await sendWebhook(request, { ...change, operation: 'delete' })).status()).toBe(200);
    expect(await timeUntil(request, path, (status) => status === 404)).toBeLessThan(1000);
    await timeUntil(request, section, (_, body) => !body.includes(`href="${path}"`), 1000);
    // The Spanish page's toggle now leads to the notice that it has no English version.
    await timeUntil(request, spanish, (_, body) => body.includes(encodeURIComponent('/en/untranslated/page-structure-es')), 1000);
  } finally {
    // Put the page back whatever happened, so that no later test reads a site without it.
    await lake.publish(structure);
    await sendWebhook(request, change);
  }
  await timeUntil(request, path, (status) => status === 200);
});

test('a renamed page redirects its old address with 308, and the other language follows', async ({ request }) => {
  const rename = await renamePage(request, 'page-about-oas-en', 'about-oas');
  expect(rename.webhook.status()).toBe(200);
  await timeUntil(request, '/en/about-the-oas', (status) => status === 308, 1000);
  const moved = await request.get('/en/about-the-oas', { maxRedirects: 0 });
  expect(moved.headers()['location']).toBe('/en/about-oas');
  expect((await request.get('/en/about-oas')).status()).toBe(200);
  await timeUntil(request, '/es/sobre-la-oea', (_, body) => body.includes(encodeURIComponent('/en/about-oas')), 1000);

  await rename.restore();
  await timeUntil(request, '/en/about-the-oas', (status) => status === 200);
});

test('a legacy oas.org/dsp address is redirected to its page in one hop, in the language it names', async ({ page, request }) => {
  const response = await request.get('/dsp/espanol/cpo_carceles.asp', { maxRedirects: 0, headers: { 'Accept-Language': 'en' } });
  expect(response.status()).toBe(308);
  expect(response.headersArray().filter(({ name }) => name.toLowerCase() === 'location')).toEqual([
    { name: expect.stringMatching(/^location$/i), value: '/es/carceles' },
  ]);
  await page.goto('/dsp/english/cpo_carceles.asp');
  await expect(page).toHaveURL(/\/en\/prisons$/);
});

test.describe('preview for editors', () => {
  const administration = { id: 'page-prisons-administration-es', path: '/es/carceles/administracion-penitenciaria' };
  const secret = 'e2e-preview-url-secret';
  const enableUrl = (withSecret: string) =>
    `/api/draft-mode/enable?sanity-preview-secret=${withSecret}&sanity-preview-pathname=${encodeURIComponent(administration.path)}`;

  test.beforeAll(async ({ request }) => {
    const lake = contentLake(request);
    const published = await lake.get(administration.id);
    await lake.publish({ ...published, _id: `drafts.${administration.id}`, title: 'Administración Penitenciaria (borrador)' });
    // What the Presentation tool stores before opening a preview (@sanity/preview-url-secret).
    await lake.publish({ _id: 'sanity-preview-url-secret.e2e', _type: 'sanity.previewUrlSecret', secret, source: 'e2e', studioUrl: '/studio' });
  });

  test.afterAll(async ({ request }) => contentLake(request).unpublish(`drafts.${administration.id}`));

  test('a wrong preview secret is a 401 and sets no draft cookie', async ({ request }) => {
    const response = await request.get(enableUrl('not-the-secret'), { maxRedirects: 0 });
    expect(response.status()).toBe(401);
    expect(response.headers()['set-cookie'] ?? '').not.toContain('__prerender_bypass');
  });

  test('a draft shows only with the draft cookie, and is never cached for the public', async ({ browser }) => {
    const editor = await browser.newContext();
    const editorPage = await editor.newPage();
    await editorPage.goto(enableUrl(secret));
    await expect(editorPage).toHaveURL(new RegExp(`${administration.path}$`));
    await expect(editorPage.getByRole('heading', { level: 1 })).toHaveText('Administración Penitenciaria (borrador)');
    const draftResponse = await editorPage.request.get(administration.path);
    expect(draftResponse.headers()['cache-control']).toMatch(/no-store/);

    const reader = await browser.newContext();
    const readerPage = await reader.newPage();
    await readerPage.goto(administration.path);
    await expect(readerPage.getByRole('heading', { level: 1 })).toHaveText('Administración Penitenciaria');

    await editorPage.goto(`/api/draft-mode/disable?to=${encodeURIComponent(administration.path)}`);
    await expect(editorPage.getByRole('heading', { level: 1 })).toHaveText('Administración Penitenciaria');
    await Promise.all([editor.close(), reader.close()]);
  });
});
