import { expect, test } from '@playwright/test';
import { contentLake, sendWebhook, timeUntil } from './contentLake';

// Changes the Content Lake the live build reads, and takes back what it published.
test.describe.configure({ mode: 'serial' });

const article = {
  _id: 'newsArticle-fixture-published-later-es',
  _type: 'newsArticle',
  language: 'es',
  title: 'Noticia de prueba publicada después',
  slug: { _type: 'slug', current: 'noticia-de-prueba-publicada-despues' },
  date: '2099-12-31',
  summary: 'Un artículo ficticio publicado después de la compilación.',
  body: [],
};
const change = { _id: article._id, _type: 'newsArticle', language: 'es', slug: article.slug.current };
const path = `/es/noticias/${article.slug.current}`;

test('an article published after the build reaches its page, the list and the feed through its webhook', async ({ request }) => {
  const lake = contentLake(request);
  expect((await request.get(path)).status()).toBe(404);
  expect(await (await request.get('/es/noticias/feed.xml')).text()).not.toContain(article.title);
  await lake.publish(article);
  expect((await sendWebhook(request, change)).status()).toBe(200);
  await timeUntil(request, path, (status) => status === 200);
  await timeUntil(request, '/es/noticias', (_, body) => body.includes(article.title));
  await timeUntil(request, '/es/noticias/feed.xml', (_, body) => body.includes(`<title>${article.title}</title>`));

  await lake.unpublish(article._id);
  expect((await sendWebhook(request, { ...change, operation: 'delete' })).status()).toBe(200);
  await timeUntil(request, '/es/noticias/feed.xml', (_, body) => !body.includes(article.title));
  await timeUntil(request, path, (status) => status === 404);
});
