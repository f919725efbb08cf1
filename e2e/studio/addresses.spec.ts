import { expect, test } from '@playwright/test';
import { contentLake, sendWebhook, timeUntil } from '../live/contentLake';
import { nextAnsweredWebhook, openPageByTitle, sentWebhooks, signInAsEditor } from './editor';

// Each test publishes to the stand-in and puts back what it changed: one at a time.
test.describe.configure({ mode: 'serial' });

const policiesEs = {
  id: 'page-prisons-policies-es',
  title: 'Políticas Penitenciarias',
  path: '/es/carceles/politicas-penitenciarias',
  change: { _id: 'page-prisons-policies-es', _type: 'page', language: 'es', parent: 'page-prisons-es' },
};

test("an editor renames a page's slug and publishes: its old address answers 308 to the new one", async ({ page, request }) => {
  test.setTimeout(180_000);
  const lake = contentLake(request);
  const original = await lake.get(policiesEs.id);
  const newSlug = `politicas-penitenciarias-${Date.now()}`;
  try {
    await signInAsEditor(page);
    await openPageByTitle(page, 'Español', policiesEs.title);

    const slug = page.getByTestId('field-slug').getByRole('textbox');
    await expect(slug).toHaveValue('politicas-penitenciarias', { timeout: 60_000 });
    await slug.fill(newSlug);
    const publish = page.getByRole('button', { name: 'Publish', exact: true });
    await expect(publish).toBeEnabled({ timeout: 30_000 });
    const webhooksBefore = (await sentWebhooks(request)).length;
    await publish.click();

    const webhook = await nextAnsweredWebhook(request, policiesEs.id, webhooksBefore);
    expect(webhook.body).toMatchObject({ slug: newSlug, previousSlug: 'politicas-penitenciarias' });
    // The Studio's Publish kept the old slug as a former address.
    expect((await lake.get(policiesEs.id)).previousSlugs).toEqual(['politicas-penitenciarias']);
    await timeUntil(request, policiesEs.path, (status) => status === 308);
    const old = await request.get(policiesEs.path, { maxRedirects: 0 });
    expect(old.status()).toBe(308);
    expect(new URL(old.headers().location ?? '', 'http://site').pathname).toBe(`/es/carceles/${newSlug}`);
    expect((await request.get(`/es/carceles/${newSlug}`)).status()).toBe(200);
  } finally {
    await lake.unpublish(`drafts.${policiesEs.id}`);
    await lake.publish(original);
    await sendWebhook(request, { ...policiesEs.change, operation: 'update', slug: 'politicas-penitenciarias', previousSlug: newSlug });
    await timeUntil(request, policiesEs.path, (status) => status === 200);
  }
});
