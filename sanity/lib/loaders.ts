import 'server-only';
import { defineQuery } from 'groq';
import { z } from 'zod';
import type { Locale } from '@/i18n/locales';
import type { DocumentType } from './documentType';
import { cachedQuery } from './source';

/**
 * The document of a type with a slug in a language (a news article, a meeting): read first, so
 * that the document itself is then read, and cached, under its id.
 */
export const documentIdBySlugQuery = defineQuery(`*[_type == $type && language == $locale && slug.current == $slug][0]._id`);

/** The id of the document of a type with this slug in a language, cached under the slug's tag. */
export async function documentIdBySlug(type: DocumentType, locale: Locale, slug: string): Promise<string | null> {
  const id = await cachedQuery(documentIdBySlugQuery, { type: type.name, locale, slug }, [type.slugTag(locale, slug)]);
  return z.string().nullish().parse(id) ?? null;
}
