import 'server-only';
import { isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import { z } from 'zod';
import { defineQuery } from 'groq';
import { documentTypeNamed } from '../documentTypes';
import { sectionRootIdOf } from './pageTree';
import { runQuery } from './source';
import { documentTag, sectionTag } from './tags';

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

/**
 * What a change to one document can show up in: the documents that reference it (and theirs),
 * its translations, and the section its page sits in. The publish webhook revalidates their tags.
 * The second projection reads the referrers' ids from the first (`^`) rather than a subquery in
 * the filter, which groq-js (the embedded source, the e2e stand-in) runs once per document: some
 * 600 ms a webhook, enough to time out on a busy machine.
 */
export const affectedByChangeQuery = defineQuery(`{
  "referrers": *[references($id)]{ _id, _type, "translations": translations[].value._ref },
  "linkedTranslations": *[_id == $id][0].translations[].value._ref,
  "sectionRoots": *[_id in [$id, ...$parents]]{ "root": ${sectionRootIdOf()} }.root
}{
  ...,
  "referrersOfReferrers": *[references(^.referrers[]._id)]._id
}`);

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
 * section its page is in before and after, and what its type's declaration says a change to it
 * makes stale (its lists, the addresses its slug had and has). A type the site does not read
 * (translation metadata, assets) has no declaration: only what shows it is revalidated.
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
  return [
    ...new Set([
      ...documentIds.map(documentTag),
      ...affected.sectionRoots.filter((root): root is string => Boolean(root)).map(sectionTag),
      ...(documentTypeNamed(change._type)?.tagsForChange(change) ?? []),
    ]),
  ];
}
