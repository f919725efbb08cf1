import { revalidateTag } from 'next/cache';
import { after, type NextRequest } from 'next/server';
import { ContentSourceError } from '@/sanity/lib/source';
import {
  documentChangeModel,
  hasValidSignature,
  SIGNATURE_HEADER_NAME,
  tagsForChange,
  webhookSettingsModel,
  type DocumentChange,
} from '@/sanity/lib/webhook';

/**
 * Sanity's publish webhook. A valid, signed change revalidates exactly the tags it affects; the
 * next reader of each affected page gets it rendered afresh. While the Content Lake is down,
 * nothing is revalidated (readers keep the pages they had) and the change is applied as soon as
 * it answers again, without a second webhook.
 */
const settings = webhookSettingsModel.parse(process.env);
const recoveryPollMs = 500;
const recoveryLimitMs = 30 * 60 * 1000;

function json(status: number, body: unknown) {
  return Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } });
}

function revalidate(tags: string[]) {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}

async function revalidateWhenContentLakeAnswers(change: DocumentChange) {
  const giveUpAt = Date.now() + recoveryLimitMs;
  while (Date.now() < giveUpAt) {
    await new Promise((resolve) => setTimeout(resolve, recoveryPollMs));
    try {
      revalidate(await tagsForChange(change));
      console.info(`[revalidate] ${change._id} applied after the Content Lake came back`);
      return;
    } catch (error) {
      if (!(error instanceof ContentSourceError)) throw error;
    }
  }
  console.error(`[revalidate] ${change._id} not applied: the Content Lake did not answer for 30 minutes`);
}

export async function POST(request: NextRequest) {
  const body = await request.text();
  if (!(await hasValidSignature(body, request.headers.get(SIGNATURE_HEADER_NAME), settings.SANITY_REVALIDATE_SECRET))) {
    return json(401, { message: 'Invalid or missing webhook signature' });
  }
  let parsed;
  try {
    parsed = documentChangeModel.safeParse(JSON.parse(body));
  } catch {
    return json(400, { message: 'The body is not JSON' });
  }
  if (!parsed.success) {
    return json(400, { message: 'The body is not a document change', issues: parsed.error.issues.map((issue) => issue.message) });
  }
  const change = parsed.data;
  await new Promise((resolve) => setTimeout(resolve, settings.SANITY_REVALIDATE_WAIT_MS));
  try {
    const tags = await tagsForChange(change);
    revalidate(tags);
    return json(200, { revalidated: tags });
  } catch (error) {
    if (!(error instanceof ContentSourceError)) throw error;
    after(() => revalidateWhenContentLakeAnswers(change));
    return json(202, { message: 'The Content Lake is not answering: the change will apply when it does.' });
  }
}
