import { encodeSignatureHeader } from '@sanity/webhook';
import { expect, type APIRequestContext } from '@playwright/test';
import { e2eSecrets } from '../utils';

/** Orders for the Content Lake stand-in (e2e/content-lake/server.mjs) and signed webhooks. */
const contentLakeUrl = `http://127.0.0.1:${process.env.E2E_CONTENT_LAKE_PORT ?? '3212'}/__control`;
const secret = e2eSecrets.SANITY_REVALIDATE_SECRET;

type Document = { _id: string; _type: string; [field: string]: unknown };

export function contentLake(request: APIRequestContext) {
  /** A GROQ query, as the site's client sends it (`raw`: drafts too). */
  async function query<T>(groq: string, params: Record<string, unknown> = {}, perspective: 'published' | 'raw' = 'published'): Promise<T> {
    const search = new URLSearchParams({ perspective, query: groq });
    for (const [name, value] of Object.entries(params)) search.set(`$${name}`, JSON.stringify(value));
    const response = await request.get(`${contentLakeUrl.replace('/__control', '')}/v2025-02-19/data/query/production?${search}`);
    return (await response.json()).result as T;
  }
  return {
    query,
    /** Reads a document as the bundled dataset has it, to change and put back (`raw`: a draft too). */
    async get(id: string, perspective: 'published' | 'raw' = 'published'): Promise<Document> {
      return query<Document>('*[_id == $id][0]', { id }, perspective);
    },
    async publish(document: Document) {
      expect((await request.put(`${contentLakeUrl}/documents`, { data: document })).ok()).toBe(true);
    },
    async unpublish(id: string) {
      expect((await request.delete(`${contentLakeUrl}/documents/${encodeURIComponent(id)}`)).ok()).toBe(true);
    },
    async setMode(mode: 'ok' | 'fail' | 'hang') {
      expect((await request.put(`${contentLakeUrl}/mode`, { data: { mode } })).ok()).toBe(true);
    },
  };
}

export interface Change {
  _id: string;
  _type: string;
  operation?: 'create' | 'update' | 'delete';
  language?: string;
  slug?: string;
  previousSlug?: string;
  parent?: string;
  previousParent?: string;
}

/** Sends the publish webhook as Sanity would, signed with the live build's secret. */
export async function sendWebhook(request: APIRequestContext, change: Change | string, signWith = secret) {
  const body = typeof change === 'string' ? change : JSON.stringify(change);
  return request.post('/api/revalidate', {
    // A Buffer goes out byte for byte: the signature covers exactly these bytes.
    data: Buffer.from(body),
    headers: {
      'Content-Type': 'application/json',
      'sanity-webhook-signature': await encodeSignatureHeader(body, Date.now(), signWith),
    },
  });
}

/**
 * Publishes a page under a new slug, its former one kept as a previous slug (which the site
 * redirects), and sends the webhook; `restore` publishes the page as it was and tells the site.
 */
export async function renamePage(request: APIRequestContext, id: string, slug: string) {
  const lake = contentLake(request);
  const original = await lake.get(id);
  const formerSlug = (original.slug as { current: string }).current;
  const change = { _id: id, _type: original._type, language: original.language as string, slug, previousSlug: formerSlug };
  await lake.publish({ ...original, slug: { _type: 'slug', current: slug }, previousSlugs: [formerSlug] });
  const webhook = await sendWebhook(request, change);
  return {
    webhook,
    async restore() {
      await lake.publish(original);
      return sendWebhook(request, { ...change, slug: formerSlug, previousSlug: slug });
    },
  };
}

/**
 * Polls a URL every 100 ms until its response passes `check`, for at most `limitMs`; returns
 * how long that took. Fails the test when it never does.
 */
export async function timeUntil(
  request: APIRequestContext,
  path: string,
  check: (status: number, body: string) => boolean,
  limitMs = 5000,
): Promise<number> {
  const started = Date.now();
  for (;;) {
    const response = await request.get(path, { maxRedirects: 0 });
    if (check(response.status(), await response.text())) return Date.now() - started;
    if (Date.now() - started > limitMs) throw new Error(`${path} did not change within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
