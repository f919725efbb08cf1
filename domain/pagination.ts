import { z } from 'zod';

/** How many entries a list page shows. */
export const entriesPerPage = 10;

/** One value of a query string as Next hands it in: absent, once, or repeated. */
export type QueryValue = string | string[] | undefined;

const pageNumber = z.string().regex(/^[1-9]\d{0,5}$/).transform(Number);

/**
 * The page a reader asked for. Anything but a plain positive number (`?page=abc`, `?page=0`, a
 * repeated `page`) is ignored, page 1 is shown, and `ignored` says so for the notice.
 */
export function parsePageParam(value: QueryValue): { page: number; ignored: boolean } {
  if (value === undefined) return { page: 1, ignored: false };
  const parsed = pageNumber.safeParse(value);
  return parsed.success ? { page: parsed.data, ignored: false } : { page: 1, ignored: true };
}

export interface PageOf<Entry> {
  entries: Entry[];
  page: number;
  pageCount: number;
  total: number;
  /** The reader asked for a page past the last one: the last one is shown instead. */
  pastTheEnd: boolean;
}

/** One page of a list, clamped to the pages there are (an empty list has one, empty, page). */
export function paginate<Entry>(all: Entry[], requested: number, size = entriesPerPage): PageOf<Entry> {
  const pageCount = Math.max(1, Math.ceil(all.length / size));
  const page = Math.min(requested, pageCount);
  return {
    entries: all.slice((page - 1) * size, page * size),
    page,
    pageCount,
    total: all.length,
    pastTheEnd: requested > pageCount,
  };
}
