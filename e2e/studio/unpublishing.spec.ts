import { expect, test } from '@playwright/test';
import { contentLake, sendWebhook, timeUntil } from '../live/contentLake';
import { nextAnsweredWebhook, openFromList, openLanguageList, sentWebhooks, signInAsEditor } from './editor';

// A fixture article (e2e/fixtures/news.ndjson) that no other studio spec touches.
const article = {
  id: 'newsArticle-fixture-24-en',
  title: 'Fixture news 24',
  path: '/en/news/fixture-news-24',
};

test('an editor unpublishes a news article: it leaves the news list, the feed and the sitemap', async ({ page, request }) => {
  test.setTimeout(180_000);
  const lake = contentLake(request);
  const original = await lake.get(article.id);
  // Listed everywhere before.
  expect(await (await request.get('/en/news')).text()).toContain(article.title);
  expect(await (await request.get('/en/news/feed.xml')).text()).toContain(article.path);
  expect(await (await request.get('/sitemap.xml')).text()).toContain(article.path);
  try {
    await signInAsEditor(page);
    await openLanguageList(page, 'News article', 'English');
    await openFromList(page, article.title);

    // Unpublish is offered on the published version, which the editor picks at the top of the
    // document; it asks before it acts.
    await page.getByRole('button', { name: 'Published', exact: true }).first().click();
    const unpublish = page.getByRole('button', { name: 'Unpublish', exact: true });
    await expect(unpublish).toBeEnabled({ timeout: 30_000 });
    await unpublish.click();
    const webhooksBefore = (await sentWebhooks(request)).length;
    // The article's translation metadata refers to it (weakly): the Studio says so and offers to
    // unpublish anyway.
    await page.getByRole('dialog', { name: 'Unpublish document?' }).getByRole('button', { name: /^Unpublish (now|anyway)$/ }).click();

    const webhook = await nextAnsweredWebhook(request, article.id, webhooksBefore);
    expect(webhook.body).toMatchObject({ _type: 'newsArticle', operation: 'delete', language: 'en' });
    await timeUntil(request, article.path, (status) => status === 404);
    await timeUntil(request, '/en/news', (_, body) => !body.includes(article.title));
    await timeUntil(request, '/en/news/feed.xml', (_, body) => !body.includes(article.path));
    await timeUntil(request, '/sitemap.xml', (_, body) => !body.includes(article.path));
  } finally {
    // Unpublishing keeps the article as a draft: put it back as it was.
    await lake.unpublish(`drafts.${article.id}`);
    await lake.publish(original);
    await sendWebhook(request, { _id: article.id, _type: 'newsArticle', operation: 'create', language: 'en', slug: 'fixture-news-24' });
    await timeUntil(request, article.path, (status) => status === 200);
  }
});
