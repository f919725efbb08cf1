import 'server-only';
import { defineQuery } from 'groq';
import { cache } from 'react';
import { z } from 'zod';
import type { Locale } from '@/i18n/locales';
import { cleaned, text, tolerantList } from '../lib/parsing';
import { cachedQuery } from '../lib/source';
import { linkTargetFields, linkTargetModel, type LinkTarget } from './fields';
import { meetingType } from './meeting';
import { newsArticleType } from './newsArticle';
import { pageType } from './page';
import { publicationType, publicationVersionsField, publicationVersionsModel } from './publication';

/** The document types site search looks through. */
const searchableTypes = [pageType, newsArticleType, meetingType, publicationType];

/**
 * Everything site search looks through in one language, in one stable order (so that the live
 * Content Lake and the bundled dataset rank ties alike): its title, its text and where it links.
 * Publications have no page of their own: they bring their versions, where to read them.
 */
export const searchDocumentsQuery = defineQuery(`*[_type in $types && language == $locale
  && (_type == "publication" || defined(slug.current))] | order(_id asc) {
  ${linkTargetFields},
  summary,
  "bodyText": pt::text(body),
  "details": [city, country, publisher],
  authors,
  _type == "publication" => { ${publicationVersionsField} }
}`);

/** Text that search reads and readers never edit here: stega marks would split its words. */
const searchableText = cleaned(z.string()).nullish().transform((value) => value?.replace(/\s+/g, ' ').trim() ?? '');

/**
 * A document as site search sees it: its title, all its text in one string, and where a result
 * links: a page, news article or meeting to its own address, a publication to its versions, if
 * it is online (otherwise the caller links the documents library).
 */
export const searchDocumentModel = linkTargetModel
  .extend({
    _type: cleaned(z.enum(['page', 'newsArticle', 'meeting', 'publication'])),
    title: cleaned(text),
    summary: searchableText,
    bodyText: searchableText,
    details: z.array(searchableText).nullish(),
    authors: z.array(searchableText).nullish(),
    versions: publicationVersionsModel,
  })
  .transform(({ summary, bodyText, details, authors, versions, _type, ...target }) => ({
    _id: target._id,
    _type,
    title: target.title,
    text: [summary, bodyText, [...(details ?? []), ...(authors ?? [])].filter(Boolean).join(', ')]
      .filter(Boolean)
      .join(' '),
    link:
      _type === 'publication'
        ? ({ kind: 'publication', versions } as const)
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
