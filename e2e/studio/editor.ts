import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';

/** The live build's project (e2e/builds.mjs), whose Studio reads the stand-in. */
const projectId = 'e2etest';
const contentLakeOrigin = `http://127.0.0.1:${process.env.E2E_CONTENT_LAKE_PORT ?? '3212'}`;

/**
 * Signs the Studio in as the stand-in's editor: with token login the Studio reads its token from
 * this storage key (sanity's `__studio_auth_token_<projectId>`), and the stand-in takes any token.
 */
export async function signInAsEditor(page: Page) {
  await page.addInitScript(
    ([key, value]) => window.localStorage.setItem(key, value),
    [`__studio_auth_token_${projectId}`, JSON.stringify({ token: 'e2e-editor-token' })] as const,
  );
}

/**
 * For a spec whose tests run one at a time: one page, signed in as the editor, on which each test
 * takes up the Studio where the one before left it, so that the Studio loads once a file rather
 * than once a test. Gives the page to each test that asks.
 */
export function editorPageOfFile(): () => Page {
  let page: Page | undefined;
  test.beforeAll(async ({ browser }) => {
    page = await browser.newPage();
    await signInAsEditor(page);
  });
  test.afterAll(async () => {
    await page?.context().close();
  });
  return () => {
    if (!page) throw new Error("The file's editor page opens before its first test");
    return page;
  };
}

export interface SentWebhook {
  body: { _id: string; [field: string]: unknown };
  /** The site's answer; 0 while it has not answered. */
  status: number;
}

/** The webhooks the stand-in has sent the site, oldest first. */
export async function sentWebhooks(request: APIRequestContext): Promise<SentWebhook[]> {
  const response = await request.get(`${contentLakeOrigin}/__control/webhooks`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as SentWebhook[];
}

/** Waits for the stand-in's next webhook about a document to be answered, after `seen` sent before. */
export async function nextAnsweredWebhook(request: APIRequestContext, id: string, seen: number): Promise<SentWebhook> {
  let found: SentWebhook | undefined;
  await expect
    .poll(
      async () => {
        found = (await sentWebhooks(request)).slice(seen).find((webhook) => webhook.body._id === id && webhook.status !== 0);
        return found?.status;
      },
      { message: `the webhook for ${id} is answered`, timeout: 15_000, intervals: [50] },
    )
    .toBe(200);
  return found as SentWebhook;
}

/**
 * Replaces a field's text, and again while it does not read `value`: a value the Studio loads into
 * the field while it is being filled (a new translation's copied title) can end up in front of the
 * text typed (CI19: "Fixture page …Página de prueba …"). An editor who sees that retypes it.
 */
export async function replaceText(input: Locator, value: string) {
  await expect(async () => {
    await input.fill(value);
    await expect(input).toHaveValue(value, { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
}

/**
 * Clicks Publish until `isPublished` finds the change in the Content Lake. Right after an edit the
 * Studio re-validates the document (a slug's uniqueness is a query), and a Publish clicked then is
 * refused with "Please fix the validation errors before publishing" though none remains: the
 * editor, as that toast says, clicks again.
 */
export async function publishUntil(scope: Page | Locator, isPublished: () => Promise<boolean>) {
  const publishButton = scope.getByRole('button', { name: 'Publish', exact: true });
  await expect(async () => {
    await expect(scope.getByTestId('input-validation-icon-error')).toHaveCount(0);
    if (await publishButton.isEnabled()) await publishButton.click();
    await expect.poll(isPublished, { timeout: 5_000 }).toBe(true);
  }).toPass({ timeout: 60_000 });
}

/**
 * Types into the open list's search until `found` holds: a list renders its first rows only, and
 * text typed while it is still loading is dropped.
 */
export async function searchList(page: Page, text: string, found: () => Promise<void>) {
  const search = page.getByRole('combobox', { name: 'Search list' });
  await expect(async () => {
    await search.fill(text);
    await found();
  }).toPass({ timeout: 60_000 });
}

/**
 * Opens a document from the open list by its title, found through the list's search, clicking until
 * the form shows it: on a loaded machine the list can still move under the click, as the search's
 * results arrive (CI runs opened the row next to the one clicked, or nothing at all).
 */
export async function openFromList(page: Page, title: string) {
  const link = page.getByRole('link', { name: title }).first();
  await searchList(page, title, () => expect(link).toBeVisible({ timeout: 5_000 }));
  const openTitle = page.getByTestId('document-pane').last().getByTestId('field-title').getByRole('textbox');
  await expect(async () => {
    await link.click();
    await expect(openTitle).toHaveValue(title, { timeout: 10_000 });
  }).toPass({ timeout: 90_000 });
}

/**
 * Opens the Structure tool at its root. A Studio already open gets there through its own
 * navigation bar, as an editor would: loading the Studio again costs 10 to 25 s of CPU.
 */
export async function openStructure(page: Page) {
  if (!new URL(page.url()).pathname.startsWith('/studio')) {
    await page.goto('/studio/structure');
    return;
  }
  await page.getByRole('link', { name: 'Structure', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/studio/structure');
}

/** Opens one of the structure's top-level lists by its name. */
export async function openStructureList(page: Page, name: string) {
  await openStructure(page);
  await page.getByRole('link', { name, exact: true }).click();
}

/** Opens the structure's list of one type's documents in one language, by their titles there. */
export async function openLanguageList(page: Page, type: string, language: string) {
  await openStructureList(page, type);
  await page.getByRole('link', { name: language, exact: true }).click();
}

/** Opens a page from its language's list. */
export async function openPageByTitle(page: Page, language: string, title: string) {
  await openLanguageList(page, 'Page', language);
  await openFromList(page, title);
}
