import 'server-only';
import type { Locale } from '@/i18n/locales';
import { templatePath } from '@/i18n/routing';
import { getSearchDocuments } from '@/sanity/lib/content';
import type { SearchDocument } from '@/sanity/lib/models';
import { memoizedIndex, type SearchHit } from './searchIndex';

const indexFor = memoizedIndex<SearchDocument>();

/** The documents of the reader's language that match a query, best first. */
export async function searchSite(locale: Locale, query: string): Promise<SearchHit<SearchDocument>[]> {
  return indexFor(locale, await getSearchDocuments(locale)).search(query);
}

/** A language's search page, with the query if there is one: `/es/buscar?q=c%C3%A1rcel`. */
export function searchPath(locale: Locale, query: string): string {
  const path = templatePath(locale, 'search');
  return query ? `${path}?${new URLSearchParams({ q: query })}` : path;
}
