import 'server-only';
import { isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import { z } from 'zod';
import { affectedByChangeQuery } from './queries';
import { runQuery } from './source';
import { documentTag, listTag, sectionTag, slugTag } from './tags';

/**
 * Sanity's GROQ-powered webhook, as the README's projection sends it: the changed document's
 * id and type, and what a change can move (language, slug and parent, before and after).
 */
export const documentChangeModel = z.object({
  _id: z.string().min(1),
  _type: z.string().min(1),
  operation: z.enum(['create', 'update', 'delete']).optional(),
  language: z.string().nullish(),
  slug: z.string().nullish(),
  previousSlug: z.string().nullish(),
  parent: z.string().nullish(),
  previousParent: z.string().nullish(),
});
export type DocumentChange = z.output<typeof documentChangeModel>;

export const webhookSettingsModel = z.object({
  SANITY_REVALIDATE_SECRET: z.string().trim().min(1).optional(),
  /** How long to let the Content Lake settle after a publish before reading from it. */
  SANITY_REVALIDATE_WAIT_MS: z
    .string()
    .regex(/^\d+$/)
    .transform(Number)
    .default(3000),
});

export async function hasValidSignature(body: string, signature: string | null, secret: string | undefined) {
  if (!secret || !signature) return false;
  try {
    return await isValidSignature(body, signature, secret);
  } catch {
    return false;
  }
}

export { SIGNATURE_HEADER_NAME };

const affectedModel = z.object({
  referrers: z.array(z.object({ _id: z.string(), translations: z.array(z.string()).nullish() })),
  referrersOfReferrers: z.array(z.string()),
  /** For a translation.metadata document: the documents it links. */
  linkedTranslations: z.array(z.string()).nullish(),
  sectionRoots: z.array(z.string().nullable()),
});

/**
 * The tags a change revalidates: the document itself, what references it (navigation, pages
 * that list it, and what references those), its translations (their language toggles), the
 * section its page is in before and after, the slugs it had and has, and its type's lists.
 * Throws when the Content Lake cannot answer.
 */
export async function tagsForChange(change: DocumentChange): Promise<string[]> {
  const parents = [change.parent, change.previousParent].filter((parent): parent is string => Boolean(parent));
  const affected = affectedModel.parse(await runQuery(affectedByChangeQuery, { id: change._id, parents }));
  const documentIds = [
    change._id,
    ...affected.referrers.flatMap((referrer) => [referrer._id, ...(referrer.translations ?? [])]),
    ...affected.referrersOfReferrers,
    ...(affected.linkedTranslations ?? []),
  ];
  const language = change.language ?? undefined;
  const slugs = [change.slug, change.previousSlug].filter((slug): slug is string => Boolean(slug));
  return [
    ...new Set([
      ...documentIds.map(documentTag),
      ...affected.sectionRoots.filter((root): root is string => Boolean(root)).map(sectionTag),
      ...(language ? slugs.map((slug) => slugTag(change._type, language, slug)) : []),
      listTag(change._type, language),
    ]),
  ];
}
