import 'server-only';
import { defineQuery } from 'groq';
import { cache } from 'react';
import { z } from 'zod';
import type { Locale } from '@/i18n/locales';
import { cleaned, optional, safeUrl, text, tolerantList } from '../lib/parsing';
import { cachedQuery } from '../lib/source';
import { linkTargetFields, linkTargetModel, type LinkTarget } from './fields';
import { meetingType } from './meeting';
import { newsArticleType } from './newsArticle';
import { pageType } from './page';
import { publicationType } from './publication';

/** The document types site search looks through. */
const searchableTypes = [pageType, newsArticleType, meetingType, publicationType];

/**
 * Everything site search looks through in one language, in one stable order (so that the live
 * Content Lake and the bundled dataset rank ties alike): its title, its text and where it links.
 * Publications have no page of their own: they keep their URL, if any.
 */
export const searchDocumentsQuery = defineQuery(`*[_type in $types && language == $locale
  && (_type == "publication" || defined(slug.current))] | order(_id asc) {
  ${linkTargetFields},
  summary,
  "bodyText": pt::text(body),
  "details": [city, country, publisher],
  authors,
  url
}`);

/** Text that search reads and readers never edit here: stega marks would split its words. */
const searchableText = cleaned(z.string()).nullish().transform((value) => value?.replace(/\s+/g, ' ').trim() ?? '');

/**
 * A document as site search sees it: its title, all its text in one string, and where a result
 * links: a page, news article or meeting to its own address, a publication to its URL if it has
 * one (otherwise the caller links the documents library).
 */
export const searchDocumentModel = linkTargetModel
  .extend({
    _type: cleaned(z.enum(['page', 'newsArticle', 'meeting', 'publication'])),
    title: cleaned(text),
    summary: searchableText,
    bodyText: searchableText,
    details: z.array(searchableText).nullish(),
    authors: z.array(searchableText).nullish(),
    url: optional(safeUrl),
  })
  .transform(({ summary, bodyText, details, authors, url, _type, ...target }) => ({
    _id: target._id,
    _type,
    title: target.title,
    text: [summary, bodyText, [...(details ?? []), ...(authors ?? [])].filter(Boolean).join(', ')]
      .filter(Boolean)
      .join(' '),
    link:
      _type === 'publication'
        ? ({ kind: 'publication', url } as const)
        : ({ kind: 'document', target: { ...target, _type } satisfies LinkTarget } as const),
  }));
export type SearchDocument = z.output<typeof searchDocumentModel>;

/** Every searchable document of a language, revalidated when any of them is published. */
export const getSearchDocuments = cache(async (locale: Locale): Promise<SearchDocument[]> =>
  tolerantList(searchDocumentModel, 'search document').parse(
    await cachedQuery(
      searchDocumentsQuery,
      { locale, types: searchableTypes.map((type) => type.name) },
      searchableTypes.map((type) => type.listTag(locale)),
    ),
  ),
);
