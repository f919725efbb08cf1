import { localeCodes, locales, templates, type Locale, type Template } from './locales';

/**
 * The site's own first path segments outside the languages: its route handlers (app/api), the
 * Studio (app/(studio)/studio) and Next's files (/_next). The proxy leaves these to their routes.
 * reservedSegments.test.ts fails when a top-level route of app/ is missing here.
 */
export const routesOutsideLanguages = ['api', 'studio', '_next'] as const;
export type RouteOutsideLanguages = (typeof routesOutsideLanguages)[number];

/** Who owns a first path segment that a top-level CMS page must not take. */
export type SegmentOwner =
  /** A template's address in a language: its own route folder (see templateRoutes.ts). */
  | { kind: 'templateSegment'; template: Template; locale: Locale }
  /** A template's route name: every language where the address differs redirects it there. */
  | { kind: 'templateRoute'; template: Template }
  | { kind: 'route'; route: RouteOutsideLanguages }
  | { kind: 'language'; locale: Locale };

/**
 * Who owns `segment` as the first segment of a path within a language, or undefined when a
 * top-level page may take it. A template's address is kept from pages in every language, not only
 * its own, so that switching a list's language prefix by hand never lands on a page. A route
 * outside the languages or a language code as a page's slug would leave the page unreachable at
 * its short address (the proxy sends `/prisons` to `/en/prisons`, but `/studio` to the Studio).
 */
export function ownerOfFirstSegment(segment: string): SegmentOwner | undefined {
  for (const { code, segments } of locales) {
    const template = templates.find((candidate) => segments[candidate] === segment);
    if (template) return { kind: 'templateSegment', template, locale: code };
  }
  const template = templates.find((candidate) => candidate === segment);
  if (template) return { kind: 'templateRoute', template };
  const route = routesOutsideLanguages.find((candidate) => candidate === segment);
  if (route) return { kind: 'route', route };
  const locale = localeCodes.find((candidate) => candidate === segment);
  if (locale) return { kind: 'language', locale };
  return undefined;
}
