import { z } from 'zod';
import { paginate, parsePageParam, type PageOf, type QueryValue } from '@/domain/pagination';
import { localeDefinition, type Locale } from '@/i18n/locales';
import { publicationKinds } from '@/sanity/lib/enums';
import type { LibraryPublication } from '@/sanity/documentTypes/publication';

/**
 * The documents library's view of its query string: which filters apply, which page is shown,
 * and what was asked for but could not be used. Filters only take the values the library offers.
 */

export const libraryFilters = ['kind', 'publisher', 'year', 'language'] as const;
export type LibraryFilter = (typeof libraryFilters)[number];

/** The values each filter offers: those the library's documents have, in the order shown. */
export type LibraryFacets = Record<LibraryFilter, string[]>;

export type AppliedFilters = Partial<Record<LibraryFilter, string>>;

/** A parameter that was ignored, with the value as the reader sent it (shortened for the notice). */
export interface IgnoredParameter {
  name: LibraryFilter | 'page';
  value: string;
}

const kindIndex = (kind: string) => (publicationKinds as readonly string[]).indexOf(kind);

/** The values a publication has for each filter: a document may be read in several languages. */
function valuesOf(publication: LibraryPublication): Record<LibraryFilter, string[]> {
  return {
    kind: [publication.kind],
    publisher: [publication.publisher],
    year: publication.year === undefined ? [] : [String(publication.year)],
    language: publication.documentLanguages,
  };
}

export function libraryFacets(publications: LibraryPublication[], locale: Locale): LibraryFacets {
  const collator = new Intl.Collator(localeDefinition(locale).formattingLocale);
  const distinct = (filter: LibraryFilter) => [
    ...new Set(publications.flatMap((publication) => valuesOf(publication)[filter])),
  ];
  return {
    kind: distinct('kind').sort((a, b) => kindIndex(a) - kindIndex(b)),
    publisher: distinct('publisher').sort(collator.compare),
    year: distinct('year').sort((a, b) => Number(b) - Number(a)),
    language: distinct('language').sort(),
  };
}

/** A value shown back in a notice is cut short: the address may carry anything. */
const shownLength = 40;

/** One value of a filter: given once, and one of the options offered; empty means "all". */
const filterValueModel = (options: string[]) =>
  z
    .string()
    .max(200)
    .transform((value) => value.trim())
    .refine((value) => value === '' || options.includes(value));

function shown(value: QueryValue): string {
  const text = Array.isArray(value) ? value.join(', ') : (value ?? '');
  return text.length > shownLength ? `${text.slice(0, shownLength)}…` : text;
}

export interface LibraryQuery {
  filters: AppliedFilters;
  requestedPage: number;
  ignored: IgnoredParameter[];
}

/** The library's parameters from a query string as Next hands it in; other parameters are left alone. */
export function parseLibraryQuery(searchParams: Record<string, QueryValue>, facets: LibraryFacets): LibraryQuery {
  const filters: AppliedFilters = {};
  const ignored: IgnoredParameter[] = [];
  for (const name of libraryFilters) {
    const value = searchParams[name];
    if (value === undefined) continue;
    const parsed = filterValueModel(facets[name]).safeParse(value);
    if (!parsed.success) ignored.push({ name, value: shown(value) });
    else if (parsed.data !== '') filters[name] = parsed.data;
  }
  const page = parsePageParam(searchParams.page);
  if (page.ignored) ignored.push({ name: 'page', value: shown(searchParams.page) });
  return { filters, requestedPage: page.page, ignored };
}

/** Newest first; within a year (and for undated series, which come last) by title in the locale's order. */
export function sortLibrary(publications: LibraryPublication[], locale: Locale): LibraryPublication[] {
  const collator = new Intl.Collator(localeDefinition(locale).formattingLocale);
  return publications.toSorted(
    (a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity) || collator.compare(a.title, b.title),
  );
}

export function filterLibrary(publications: LibraryPublication[], filters: AppliedFilters): LibraryPublication[] {
  const applied = Object.entries(filters) as [LibraryFilter, string][];
  return publications.filter((publication) => {
    const values = valuesOf(publication);
    return applied.every(([name, value]) => values[name].includes(value));
  });
}

export interface LibraryView extends LibraryQuery {
  facets: LibraryFacets;
  results: PageOf<LibraryPublication>;
  /** Only the whole library's first page, asked for plainly, is for search engines. */
  indexable: boolean;
}

/** What the library shows for a query string: the filtered, sorted list's page, and what was ignored. */
export function libraryView(
  publications: LibraryPublication[],
  searchParams: Record<string, QueryValue>,
  locale: Locale,
): LibraryView {
  const facets = libraryFacets(publications, locale);
  const query = parseLibraryQuery(searchParams, facets);
  const results = paginate(sortLibrary(filterLibrary(publications, query.filters), locale), query.requestedPage);
  const indexable = Object.keys(query.filters).length === 0 && query.requestedPage === 1 && query.ignored.length === 0;
  return { ...query, facets, results, indexable };
}
