import { expect, test } from '@playwright/test';
import { contentLake } from '../live/contentLake';
import { signInAsEditor } from './editor';

// A page no other studio spec touches.
const mispaEs = { id: 'page-mispa-es', path: '/es/mispa', title: 'Proceso MISPA' };

test('in the Presentation tool an editor sees the page, edits it beside the page, and previews the draft that readers do not see', async ({ page, request }) => {
  test.setTimeout(180_000);
  const lake = contentLake(request);
  const draftTitle = `Proceso MISPA (borrador ${Date.now()})`;
  try {
    await signInAsEditor(page);
    await page.goto(`/studio/presentation/page/${mispaEs.id}?preview=${encodeURIComponent(mispaEs.path)}`);
    // The frame opens the page in draft mode, through the site's preview secret check.
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 1, name: mispaEs.title })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText('Unable to connect')).toHaveCount(0);

    const title = page.getByTestId('field-title').getByRole('textbox', { name: 'Title' });
    await expect(title).toHaveValue(mispaEs.title, { timeout: 60_000 });
    await title.fill(draftTitle);
    // The Studio saves the draft a moment after the edit; the preview then shows it on refresh.
    await expect.poll(async () => (await lake.get(`drafts.${mispaEs.id}`, 'raw'))?.title, { timeout: 30_000 }).toBe(draftTitle);
    await page.getByRole('button', { name: 'Refresh preview' }).click();

    // The frame shows the draft; readers keep the published page.
    await expect(frame.getByRole('heading', { level: 1, name: draftTitle })).toBeVisible({ timeout: 15_000 });
    expect(await (await request.get(mispaEs.path)).text()).not.toContain(draftTitle);
  } finally {
    await lake.unpublish(`drafts.${mispaEs.id}`);
  }
});
