import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { contentLake, timeUntil } from '../live/contentLake';
import {
  editorPageOfFile,
  nextAnsweredWebhook,
  openFromList,
  openLanguageList,
  openStructureList,
  publishUntil,
  replaceText,
  searchList,
  sentWebhooks,
} from './editor';

// These tests create pages of their own and delete them afterwards: no other studio spec sees them.
test.describe.configure({ mode: 'serial' });

const editorPage = editorPageOfFile();

/** Deletes the pages with these titles, drafts and published, and the metadata that links them. */
async function deletePages(request: APIRequestContext, titles: string[]) {
  const lake = contentLake(request);
  const ids = await lake.query<string[]>('*[title in $titles]._id', { titles }, 'raw');
  const publishedIds = ids.map((id) => id.replace(/^drafts\./, ''));
  const metadata = await lake.query<string[]>(
    '*[_type == "translation.metadata" && count(translations[value._ref in $ids]) > 0]._id',
    { ids: publishedIds },
    'raw',
  );
  for (const id of [...metadata, ...ids]) await lake.unpublish(id);
}

/** Opens a new page in a language's list, from that language's template. */
async function createPage(page: Page, language: 'English' | 'Español') {
  await openLanguageList(page, 'Page', language);
  // The list's own create link makes a page from its language's template.
  await page.getByRole('link', { name: `${language} Page`, exact: true }).click();
}

/** The fields of the document pane shown last (the rightmost one, when two are open). */
const lastPane = (page: Page) => page.getByTestId('document-pane').last();

async function fillTitleAndSlug(pane: ReturnType<typeof lastPane>, title: string, slug: string) {
  await replaceText(pane.getByTestId('field-title').getByRole('textbox'), title);
  await replaceText(pane.getByTestId('field-slug').getByRole('textbox'), slug);
}

/** Publishes the document in the pane, titled `title`, and waits for the site to answer its webhook. */
async function publish(pane: ReturnType<typeof lastPane>, request: APIRequestContext, title: string) {
  const before = (await sentWebhooks(request)).length;
  const publishedId = () => contentLake(request).query<string | null>('*[title == $title][0]._id', { title });
  await publishUntil(pane, async () => (await publishedId()) !== null);
  await nextAnsweredWebhook(request, (await publishedId()) as string, before);
}

test('a new English page shows under "Missing a translation"', async ({ request }) => {
  test.setTimeout(180_000);
  const page = editorPage();
  const stamp = Date.now();
  const title = `Fixture page ${stamp}`;
  try {
    await createPage(page, 'English');
    await fillTitleAndSlug(lastPane(page), title, `fixture-page-${stamp}`);
    await expect(lastPane(page).getByText('Saved', { exact: false }).first()).toBeVisible({ timeout: 30_000 });

    await openStructureList(page, 'Missing a translation');
    // The list holds the fixtures' one-language documents too.
    await searchList(page, title, () => expect(page.getByRole('link', { name: title })).toBeVisible({ timeout: 5_000 }));
  } finally {
    await deletePages(request, [title]);
  }
});

test('an editor creates the Spanish translation through the translation menu; the toggle links the two', async ({ request }) => {
  test.setTimeout(240_000);
  const page = editorPage();
  const stamp = Date.now();
  const english = { title: `Fixture page ${stamp}`, slug: `fixture-page-${stamp}` };
  const spanish = { title: `Página de prueba ${stamp}`, slug: `pagina-de-prueba-${stamp}` };
  try {
    await createPage(page, 'English');
    const englishPane = lastPane(page);
    await fillTitleAndSlug(englishPane, english.title, english.slug);
    await publish(englishPane, request, english.title);
    await timeUntil(request, `/en/${english.slug}`, (status) => status === 200, 10_000);

    // document-internationalization's menu makes the Spanish draft and links the two.
    await englishPane.getByTestId('document-internationalization-menu').click();
    await page.getByRole('button', { name: 'Español' }).click();
    await expect(page.getByText('Created "Español" translation')).toBeVisible({ timeout: 30_000 });
    // The new Spanish page starts as a copy of the English one, under the Spanish list.
    await openLanguageList(page, 'Page', 'Español');
    await openFromList(page, english.title);

    const spanishPane = lastPane(page);
    await fillTitleAndSlug(spanishPane, spanish.title, spanish.slug);
    await publish(spanishPane, request, spanish.title);

    // Each language's toggle now lands on the other's page.
    await timeUntil(request, `/es/${spanish.slug}`, (status) => status === 200, 10_000);
    await timeUntil(request, `/en/${english.slug}`, (_, body) => body.includes(encodeURIComponent(`/es/${spanish.slug}`)), 10_000);
    await page.goto(`/en/${english.slug}`);
    await page.getByRole('link', { name: 'Español' }).click();
    await expect(page).toHaveURL(new RegExp(`/es/${spanish.slug}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(spanish.title);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/${english.slug}$`));
  } finally {
    await deletePages(request, [english.title, spanish.title]);
  }
});

const partners = {
  en: { id: 'page-strategic-partners-en', title: 'Strategic Partners', list: 'English' },
  es: { id: 'page-strategic-partners-es', title: 'Socios Estratégicos', list: 'Español' },
} as const;

/** Opens a page of the bundled dataset from its language's list and retitles it, then publishes. */
async function retitleAndPublish(page: Page, request: APIRequestContext, { title, list }: { title: string; list: string }, newTitle: string) {
  await openLanguageList(page, 'Page', list);
  await openFromList(page, title);
  const pane = lastPane(page);
  await pane.getByTestId('field-title').getByRole('textbox').fill(newTitle);
  await publish(pane, request, newTitle);
}

test('an edited English page lists its Spanish counterpart under "Translation may be out of date" until that is updated too', async ({ request }) => {
  test.setTimeout(240_000);
  const page = editorPage();
  const lake = contentLake(request);
  const originals = [await lake.get(partners.en.id), await lake.get(partners.es.id)];
  try {
    await retitleAndPublish(page, request, partners.en, `${partners.en.title} (revised)`);
    // The list's search also matches ids, which both pages share: "strategic partners".
    const spanishListed = page.getByRole('link', { name: partners.es.title });
    await openStructureList(page, 'Translation may be out of date');
    await searchList(page, 'strategic partners', () => expect(spanishListed).toBeVisible({ timeout: 5_000 }));
    // The English page, edited last, is not listed.
    await expect(page.getByRole('link', { name: partners.en.title })).toHaveCount(0);

    await retitleAndPublish(page, request, partners.es, `${partners.es.title} (revisado)`);
    // Caught up, the Spanish page leaves the list, and its update does not put the English one on it.
    await openStructureList(page, 'Translation may be out of date');
    await searchList(page, 'strategic partners', () => expect(page.getByText(/^No (matching documents|results found)$/)).toBeVisible({ timeout: 5_000 }));
  } finally {
    // Put back in step: with one stamp, neither page is listed for the next run.
    const inStep = originals[0]?._updatedAt as string;
    for (const original of originals) {
      await lake.unpublish(`drafts.${original._id}`);
      await lake.publish({ ...original, contentUpdatedAt: inStep });
    }
  }
});
