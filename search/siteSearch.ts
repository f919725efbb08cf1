import 'server-only';
import type { Locale } from '@/i18n/locales';
import { getSearchDocuments } from '@/sanity/documentTypes/search';
import type { SearchDocument } from '@/sanity/documentTypes/search';
import { memoizedIndex, type SearchHit } from './searchIndex';

const indexFor = memoizedIndex<SearchDocument>();

/** The documents of the reader's language that match a query, best first. */
export async function searchSite(locale: Locale, query: string): Promise<SearchHit<SearchDocument>[]> {
  return indexFor(locale, await getSearchDocuments(locale)).search(query);
}
