import { expect, test } from '@playwright/test';
import { contentLake, sendWebhook, timeUntil } from '../live/contentLake';
import { editorPageOfFile, nextAnsweredWebhook, openPageByTitle, sentWebhooks } from './editor';

// Each test publishes to the stand-in and puts back what it changed: one at a time.
test.describe.configure({ mode: 'serial' });

const editorPage = editorPageOfFile();

test('/studio mounts Sanity Studio in a build with a project, untouched by language routing', async () => {
  // The Studio's code is large.
  test.setTimeout(90_000);
  const page = editorPage();
  const response = await page.goto('/studio');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/studio/);
  // The Studio shows its structure only once the stand-in has said who the editor is.
  await expect(page.getByRole('link', { name: 'Missing a translation' })).toBeVisible({ timeout: 60_000 });
});

const prisonsEs = { id: 'page-prisons-es', path: '/es/carceles', title: 'Sistemas Penitenciarios y Carcelarios' };

test('an editor retitles the Spanish Prisons page and publishes: readers see it once the webhook is answered', async ({ request }) => {
  // The Studio's code is large, and the machine may be busy with other builds.
  test.setTimeout(180_000);
  const lake = contentLake(request);
  const original = await lake.get(prisonsEs.id);
  const newTitle = `Sistemas Penitenciarios (revisado ${Date.now()})`;
  const page = editorPage();
  try {
    await openPageByTitle(page, 'Español', prisonsEs.title);
    // The SEO group has a "Title" field of its own: the page's title is the field named `title`.
    await page.getByTestId('field-title').getByRole('textbox', { name: 'Title' }).fill(newTitle);
    const publish = page.getByRole('button', { name: 'Publish', exact: true });
    await expect(publish).toBeEnabled({ timeout: 30_000 });
    const webhooksBefore = (await sentWebhooks(request)).length;
    await publish.click();

    const webhook = await nextAnsweredWebhook(request, prisonsEs.id, webhooksBefore);
    expect(webhook.body).toMatchObject({ _id: prisonsEs.id, _type: 'page', operation: 'update', language: 'es', slug: 'carceles' });
    // The first reader after the webhook's answer gets the new title: no stale copy is served
    // meanwhile. How long that first render takes is the benchmark's to measure (RESULTS.md).
    const started = Date.now();
    const firstRead = await request.get(prisonsEs.path);
    test.info().annotations.push({ type: 'webhook-to-visible', description: `${Date.now() - started} ms` });
    expect(firstRead.status()).toBe(200);
    expect(await firstRead.text()).toContain(newTitle);
    // Published, not left as a draft: the stand-in's published document has the title.
    expect((await lake.get(prisonsEs.id)).title).toBe(newTitle);
  } finally {
    await lake.unpublish(`drafts.${prisonsEs.id}`);
    await lake.publish(original);
    await sendWebhook(request, { _id: prisonsEs.id, _type: 'page', operation: 'update', language: 'es', slug: 'carceles' });
    await timeUntil(request, prisonsEs.path, (_, body) => !body.includes(newTitle));
  }
});
