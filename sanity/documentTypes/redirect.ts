import 'server-only';
import { defineQuery } from 'groq';
import { z } from 'zod';
import { localizedPath } from '@/domain/urls';
import type { Locale } from '@/i18n/locales';
import { defineDocumentType } from '../lib/documentType';
import { optional, parseOrReport, text } from '../lib/parsing';
import { cachedQuery } from '../lib/source';
import { linkTargetFields, linkTargetModel } from './fields';

/** An old address kept working (the former oas.org site's pages), to a document or a path. */
export const redirectType = defineDocumentType({ name: 'redirect', localized: false, addressedBySlug: false });

/** Matched with or without the language prefix. */
export const redirectQuery = defineQuery(`*[_type == "redirect" && fromPath in $paths][0]{
  _id,
  permanent,
  toPath,
  "target": toDocument->{ ${linkTargetFields} }
}`);

const redirectModel = z.object({
  _id: text,
  permanent: z.boolean().nullish().transform((v) => v ?? true),
  toPath: optional(z.string().regex(/^\/[^\s]*$/, 'a path on this site')),
  target: optional(linkTargetModel),
});

export type Redirect = { kind: 'redirect'; path: string; permanent: boolean };

/** Where a redirect document sends a path within a language, or null. */
export async function getRedirect(locale: Locale, segments: string[]): Promise<Redirect | null> {
  const path = `/${segments.join('/')}`;
  const result = await cachedQuery(redirectQuery, { paths: [path, `/${locale}${path}`] }, [redirectType.listTag()]);
  const redirect = parseOrReport(redirectModel, result, 'redirect');
  if (!redirect) return null;
  const to = redirect.target ? localizedPath(redirect.target) : redirect.toPath;
  return to ? { kind: 'redirect', path: to, permanent: redirect.permanent } : null;
}
