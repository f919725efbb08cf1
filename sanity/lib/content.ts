import 'server-only';
import { cache } from 'react';
import type { z } from 'zod';
import type { Locale } from '@/i18n/locales';
import {
  homePageModel,
  indexedPageModel,
  pageModel,
  reportInvalid,
  siteChromeModel,
  tolerantList,
  type HomePage,
  type IndexedPage,
  type Page,
  type SiteChrome,
} from './models';
import {
  homePageQuery,
  pageIndexQuery,
  pagesBySlugQuery,
  siteChromeQuery,
  translatableDocumentQuery,
} from './queries';
import { runQuery } from './source';

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
  parseOrReport(siteChromeModel, await runQuery(siteChromeQuery, { locale }), 'site chrome'),
);

export const getHomePage = cache(async (locale: Locale): Promise<HomePage | null> =>
  parseOrReport(homePageModel, await runQuery(homePageQuery, { locale }), 'home page'),
);

function sameSegments(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((segment, index) => segment === b[index]);
}

/** The page at a path within a language, e.g. ['prisons', 'oas-resolutions']. */
export const getPageByPath = cache(async (locale: Locale, segments: string[]): Promise<Page | null> => {
  const slug = segments.at(-1);
  if (!slug) return null;
  const candidates = await runQuery(pagesBySlugQuery, { locale, slug });
  const pages = tolerantList(pageModel, 'page').parse(candidates);
  return pages.find((page) => sameSegments(page.pathSegments, segments)) ?? null;
});

export const getPageIndex = cache(async (locale: Locale): Promise<IndexedPage[]> =>
  tolerantList(indexedPageModel, 'page').parse(await runQuery(pageIndexQuery, { locale })),
);

export const getTranslatableDocument = cache(async (id: string): Promise<IndexedPage | null> =>
  parseOrReport(indexedPageModel, await runQuery(translatableDocumentQuery, { id }), 'page'),
);
