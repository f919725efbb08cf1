import { expect, type APIRequestContext, type Page } from '@playwright/test';

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
