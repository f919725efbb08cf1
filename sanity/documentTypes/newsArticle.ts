import 'server-only';
import { defineQuery } from 'groq';
import { cache } from 'react';
import { z } from 'zod';
import { localeDefinition, type Locale } from '@/i18n/locales';
import { defineDocumentType } from '../lib/documentType';
import { documentIdBySlug } from '../lib/loaders';
import { calendarDate, cleaned, optional, parseOrReport, text, tolerantList } from '../lib/parsing';
import { cachedQuery } from '../lib/source';
import { documentTag } from '../lib/tags';
import {
  indexedDocumentShape,
  linkTargetFields,
  linkTargetModel,
  seoModelFields,
  translationsField,
  translationsModel,
  withPublishedLanguages,
} from './fields';
import { meetingDaysFields, meetingDaysModel, meetingType } from './meeting';
import { portableTextFields, portableTextModel } from './portableText';

/** A news item, in the news list, its feed and a page of its own. */
export const newsArticleType = defineDocumentType({ name: 'newsArticle', localized: true, addressedBySlug: true });

/**
 * What the news list and the feed show of an article: its publication date when it has one, and
 * the meeting it is about, whose days date an item that has no publication date.
 */
const newsEntryFields = /* groq */ `
  ${linkTargetFields},
  date,
  "meeting": meeting->{ ${meetingDaysFields} },
  summary
`;

const newsEntryModelFields = {
  _type: cleaned(z.literal('newsArticle')),
  /**
   * The day the item was published, where one is known: the only date the site sends to search
   * engines and feed readers as a publication date. Items about a meeting may have none.
   */
  date: optional(calendarDate),
  /** The meeting the item is about: its days date the item for readers, never as a publication date. */
  meeting: optional(meetingDaysModel),
  summary: text,
};

/** An item with neither date nor meeting could show readers no date at all: it is left out. */
const isDated: [(entry: { date?: string; meeting?: unknown }) => boolean, { message: string; path: string[] }] = [
  (entry) => Boolean(entry.date ?? entry.meeting),
  { message: 'a news item needs a publication date or the meeting it is about', path: ['date'] },
];

/** Every published article of a language, for the news list and its feed. */
export const newsListQuery = defineQuery(`*[_type == "newsArticle" && language == $locale && defined(slug.current)]
  | order(coalesce(date, meeting->endDate, meeting->startDate) desc){ ${newsEntryFields} }`);

/** An article as the news list and the feed show it. */
export const newsEntryModel = linkTargetModel.extend(newsEntryModelFields).refine(...isDated);
export type NewsEntry = z.output<typeof newsEntryModel>;

/** One article by id, with its translations for the toggle and hreflang. */
export const newsArticleQuery = defineQuery(`*[_type == "newsArticle" && language == $locale && _id == $id][0]{
  ${newsEntryFields},
  seoTitle,
  seoDescription,
  body[]{ ${portableTextFields} },
  ${translationsField}
}`);

export const newsArticleModel = linkTargetModel
  .extend({ ...newsEntryModelFields, ...seoModelFields, body: portableTextModel, translations: translationsModel })
  .refine(...isDated);
export type NewsArticle = z.output<typeof newsArticleModel>;

/** Every article of a language with its translations, for static params and the sitemap. */
export const newsIndexQuery = defineQuery(`*[_type == "newsArticle" && language == $locale && defined(slug.current)]{
  ${newsEntryFields},
  ${translationsField}
}`);

/** An article in the index of pages (static params, sitemap): only one the list would show. */
export const indexedNewsArticleModel = indexedDocumentShape
  .extend(newsEntryModelFields)
  .refine(...isDated)
  .transform(withPublishedLanguages);

/** The day a news item is filed under in lists: its publication date, else its meeting's last day. */
export function newsItemDay(entry: Pick<NewsEntry, 'date' | 'meeting'>): string {
  return entry.date ?? entry.meeting?.endDate ?? entry.meeting?.startDate ?? '';
}

/** Newest first (by publication date, else by the meeting's); articles of one day by headline, in the language's collation. */
function newestFirst(locale: Locale) {
  const collator = new Intl.Collator(localeDefinition(locale).formattingLocale);
  return (a: NewsEntry, b: NewsEntry) => newsItemDay(b).localeCompare(newsItemDay(a)) || collator.compare(a.title, b.title);
}

/**
 * Every published article of a language, newest first: the news list and its feed. The list
 * shows the dates of the meetings items are about, so it is also revalidated with the meetings.
 */
export const getNewsList = cache(async (locale: Locale): Promise<NewsEntry[]> =>
  tolerantList(newsEntryModel, 'news article')
    .parse(await cachedQuery(newsListQuery, { locale }, [newsArticleType.listTag(locale), meetingType.listTag(locale)]))
    .sort(newestFirst(locale)),
);

/** The article with this slug in a language, or null. */
export const getNewsArticle = cache(async (locale: Locale, slug: string): Promise<NewsArticle | null> => {
  const id = await documentIdBySlug(newsArticleType, locale, slug);
  if (!id) return null;
  return parseOrReport(newsArticleModel, await cachedQuery(newsArticleQuery, { locale, id }, [documentTag(id)]), 'news article');
});

export const getNewsIndex = cache(async (locale: Locale) =>
  tolerantList(indexedNewsArticleModel, 'news article').parse(
    await cachedQuery(newsIndexQuery, { locale }, [newsArticleType.listTag(locale)]),
  ),
);
