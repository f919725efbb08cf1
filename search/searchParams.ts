import { z } from 'zod';
import { parsePageParam } from '@/domain/pagination';

/** The longest query the search page runs; a longer one gets a message instead. */
export const maxQueryLength = 100;

/** One query string value as Next hands it in: the first of a repeated parameter counts. */
const firstValue = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (Array.isArray(value) ? value[0] : value) ?? '');

/**
 * The search page's query string. The query is plain text for MiniSearch, whatever it holds
 * (`*`, `"]`, `<script>`): it never reaches GROQ or HTML.
 */
export const searchParamsModel = z
  .looseObject({ q: firstValue, page: z.union([z.string(), z.array(z.string())]).optional() })
  .transform(({ q, page }) => {
    const query = q.replace(/\s+/g, ' ').trim();
    const requested = parsePageParam(page);
    if (query === '') return { kind: 'empty', query, ...requested } as const;
    if ([...query].length > maxQueryLength) return { kind: 'tooLong', query, ...requested } as const;
    return { kind: 'query', query, ...requested } as const;
  });
export type SearchRequest = z.output<typeof searchParamsModel>;

export function parseSearchParams(searchParams: Record<string, string | string[] | undefined>): SearchRequest {
  return searchParamsModel.parse(searchParams);
}
