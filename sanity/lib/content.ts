import 'server-only';
import { cache } from 'react';
import { z } from 'zod';
import { localeDefinition, type Locale } from '@/i18n/locales';
import {
  homePageModel,
  indexedNewsArticleModel,
  indexedDocumentModel,
  libraryPublicationModel,
  meetingPageModel,
  meetingSummaryModel,
  newsArticleModel,
  newsEntryModel,
  newsItemDay,
  pageModel,
  redirectModel,
  reportInvalid,
  searchDocumentModel,
  siteChromeModel,
  tolerantList,
  type HomePage,
  type IndexedDocument,
  type LibraryPublication,
  type MeetingPage,
  type MeetingSummary,
  type NewsArticle,
  type NewsEntry,
  type Page,
  type SearchDocument,
  type SiteChrome,
} from './models';
import {
  documentIdBySlugQuery,
  homePageQuery,
  libraryQuery,
  meetingIndexQuery,
  meetingQuery,
  newsArticleQuery,
  newsIndexQuery,
  newsListQuery,
  pageIndexQuery,
  pageQuery,
  pageRoutesBySlugQuery,
  redirectQuery,
  searchDocumentsQuery,
  siteChromeQuery,
  translatableDocumentQuery,
} from './queries';
import { cachedQuery } from './source';
import { documentTag, listTag, sectionTag, slugTag } from './tags';
import { localizedPath } from '@/domain/urls';

/**
 * What pages ask of the CMS, as validated models. Absent or invalid content is `null` (the
 * page decides: usually a 404); a failing source throws, and is never turned into a 404.
 */

function parseOrReport<Model extends z.ZodType>(model: Model, value: unknown, what: string): z.output<Model> | null {
  if (value === null || value === undefined) return null;
  const parsed = model.safeParse(value);
  if (parsed.success) return parsed.data;
  reportInvalid(value, what, parsed.error);
  return null;
}

export const getSiteChrome = cache(async (locale: Locale): Promise<SiteChrome | null> =>
  parseOrReport(
    siteChromeModel,
    await cachedQuery(siteChromeQuery, { locale }, [
      documentTag(`siteSettings-${locale}`),
      documentTag(`navigation-${locale}`),
      listTag('siteSettings', locale),
      listTag('navigation', locale),
    ]),
    'site chrome',
  ),
);

export const getHomePage = cache(async (locale: Locale): Promise<HomePage | null> =>
  parseOrReport(
    homePageModel,
    await cachedQuery(homePageQuery, { locale }, [
      documentTag(`homePage-${locale}`),
      listTag('homePage', locale),
      listTag('memberState'),
    ]),
    'home page',
  ),
);

export type PathResolution =
  | { kind: 'page'; page: Page }
  | { kind: 'redirect'; path: string; permanent: boolean };

const pageRoutesModel = tolerantList(
  z.object({
    _id: z.string(),
    levels: z.array(z.object({ current: z.string(), previous: z.array(z.string()) })),
    sectionRoot: z.string(),
  }),
  'page route',
);
type PageRoute = z.output<typeof pageRoutesModel>[number];

/** Whether a path leads to a route by its current slugs, through a former one, or not at all. */
function matchRoute({ levels }: PageRoute, segments: string[]): 'current' | 'former' | null {
  if (levels.length !== segments.length) return null;
  let throughFormer = false;
  for (const [index, level] of levels.entries()) {
    const segment = segments[index] as string;
    if (segment === level.current) continue;
    if (!level.previous.includes(segment)) return null;
    throughFormer = true;
  }
  return throughFormer ? 'former' : 'current';
}

async function getPage(locale: Locale, id: string, sectionRoot: string): Promise<Page | null> {
  // A body may list the Member States, which are documents of their own.
  const result = await cachedQuery(pageQuery, { locale, id }, [documentTag(id), sectionTag(sectionRoot), listTag('memberState')]);
  return parseOrReport(pageModel, result, 'page');
}

async function getRedirect(locale: Locale, segments: string[]): Promise<PathResolution | null> {
  const path = `/${segments.join('/')}`;
  const result = await cachedQuery(redirectQuery, { paths: [path, `/${locale}${path}`] }, [listTag('redirect')]);
  const redirect = parseOrReport(redirectModel, result, 'redirect');
  if (!redirect) return null;
  const to = redirect.target ? localizedPath(redirect.target) : redirect.toPath;
  return to ? { kind: 'redirect', path: to, permanent: redirect.permanent } : null;
}

/**
 * What a path within a language leads to: a page; a permanent redirect from a page's former
 * slug or from a redirect document (legacy addresses); or nothing.
 */
export const resolvePath = cache(async (locale: Locale, segments: string[]): Promise<PathResolution | null> => {
  const slug = segments.at(-1);
  if (!slug) return null;
  const routes = pageRoutesModel.parse(
    await cachedQuery(pageRoutesBySlugQuery, { locale, slug }, [slugTag('page', locale, slug)]),
  );
  const current = routes.find((route) => matchRoute(route, segments) === 'current');
  if (current) {
    const page = await getPage(locale, current._id, current.sectionRoot);
    return page ? { kind: 'page', page } : null;
  }
  const renamed = routes.find((route) => matchRoute(route, segments) === 'former');
  if (renamed) {
    const path = renamed.levels.map((level) => level.current).join('/');
    return { kind: 'redirect', path: `/${locale}/${path}`, permanent: true };
  }
  return getRedirect(locale, segments);
});

export const getPageIndex = cache(async (locale: Locale): Promise<IndexedDocument[]> =>
  tolerantList(indexedDocumentModel, 'page').parse(
    await cachedQuery(pageIndexQuery, { locale }, [listTag('page', locale)]),
  ),
);

export const getTranslatableDocument = cache(async (id: string): Promise<IndexedDocument | null> =>
  parseOrReport(indexedDocumentModel, await cachedQuery(translatableDocumentQuery, { id }, [documentTag(id)]), 'page'),
);

/** The id of the document of a type with this slug in a language, cached under the slug's tag. */
async function documentIdBySlug(type: 'newsArticle' | 'meeting', locale: Locale, slug: string): Promise<string | null> {
  const id = await cachedQuery(documentIdBySlugQuery, { type, locale, slug }, [slugTag(type, locale, slug)]);
  return z.string().nullish().parse(id) ?? null;
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
    .parse(await cachedQuery(newsListQuery, { locale }, [listTag('newsArticle', locale), listTag('meeting', locale)]))
    .sort(newestFirst(locale)),
);

/** The article with this slug in a language, or null. */
export const getNewsArticle = cache(async (locale: Locale, slug: string): Promise<NewsArticle | null> => {
  const id = await documentIdBySlug('newsArticle', locale, slug);
  if (!id) return null;
  return parseOrReport(
    newsArticleModel,
    await cachedQuery(newsArticleQuery, { locale, id }, [documentTag(id)]),
    'news article',
  );
});

export const getNewsIndex = cache(async (locale: Locale): Promise<IndexedDocument[]> =>
  tolerantList(indexedNewsArticleModel, 'news article').parse(
    await cachedQuery(newsIndexQuery, { locale }, [listTag('newsArticle', locale)]),
  ),
);

export const getLibrary = cache(async (locale: Locale): Promise<LibraryPublication[]> =>
  tolerantList(libraryPublicationModel, 'publication').parse(
    await cachedQuery(libraryQuery, { locale }, [listTag('publication', locale)]),
  ),
);

export const getMeetingIndex = cache(async (locale: Locale): Promise<MeetingSummary[]> =>
  tolerantList(meetingSummaryModel, 'meeting').parse(
    await cachedQuery(meetingIndexQuery, { locale }, [listTag('meeting', locale)]),
  ),
);

/** The meeting at /<locale>/<meetings>/<slug>, or null for a slug no published meeting has. */
export const getMeeting = cache(async (locale: Locale, slug: string): Promise<MeetingPage | null> => {
  const id = await documentIdBySlug('meeting', locale, slug);
  if (!id) return null;
  return parseOrReport(meetingPageModel, await cachedQuery(meetingQuery, { locale, id }, [documentTag(id)]), 'meeting');
});

/** The document types site search looks through. */
export const searchableTypes = ['page', 'newsArticle', 'meeting', 'publication'] as const;

/** Every searchable document of a language, revalidated when any of them is published. */
export const getSearchDocuments = cache(async (locale: Locale): Promise<SearchDocument[]> =>
  tolerantList(searchDocumentModel, 'search document').parse(
    await cachedQuery(
      searchDocumentsQuery,
      { locale, types: searchableTypes },
      searchableTypes.map((type) => listTag(type, locale)),
    ),
  ),
);
