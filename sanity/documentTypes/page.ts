import 'server-only';
import { defineQuery } from 'groq';
import { cache } from 'react';
import { z } from 'zod';
import type { Locale } from '@/i18n/locales';
import { defineDocumentType } from '../lib/documentType';
import { ancestorDereferences, sectionRootIdOf } from '../lib/pageTree';
import { cleaned, optional, parseOrReport, tolerantList, optionalText } from '../lib/parsing';
import { cachedQuery } from '../lib/source';
import { documentTag, sectionTag } from '../lib/tags';
import {
  indexedDocumentFields,
  indexedDocumentModel,
  lastUpdatedModel,
  linkTargetFields,
  linkTargetModel,
  seoModelFields,
  translationsField,
  translationsModel,
  type IndexedDocument,
} from './fields';
import { meetingFields, meetingModel } from './meeting';
import { memberStateType } from './memberState';
import { portableTextFields, portableTextModel } from './portableText';
import { publicationFields, publicationModel } from './publication';
import { getRedirect, type Redirect } from './redirect';

/** A CMS page, nested up to maxPageDepth deep (pageTree.ts), at the address its slugs make. */
export const pageType = defineDocumentType({ name: 'page', localized: true, addressedBySlug: true });

/**
 * Where pages with one slug in one language sit: each level of the path from the section's top
 * page down, with the slugs it has and had. The caller keeps the page whose levels match the
 * path, then reads it by id; a match through a former slug (its own or an ancestor's) redirects.
 */
export const pageRoutesBySlugQuery = defineQuery(`*[_type == "page" && language == $locale
  && (slug.current == $slug || $slug in previousSlugs)]{
  _id,
  "levels": array::compact([
    ${ancestorDereferences
      .map(
        (ancestor) => `select(defined(${ancestor}_id) => {
      "current": ${ancestor}slug.current,
      "previous": coalesce(${ancestor}previousSlugs, [])
    }),`,
      )
      .join('\n    ')}
    { "current": slug.current, "previous": coalesce(previousSlugs, []) }
  ]),
  "sectionRoot": ${sectionRootIdOf()}
}`);

const pageRoutesModel = tolerantList(
  z.object({
    _id: z.string(),
    levels: z.array(z.object({ current: z.string(), previous: z.array(z.string()) })),
    sectionRoot: z.string(),
  }),
  'page route',
);
type PageRoute = z.output<typeof pageRoutesModel>[number];

export const pageQuery = defineQuery(`*[_type == "page" && language == $locale && _id == $id][0]{
  ${linkTargetFields},
  summary,
  seoTitle,
  seoDescription,
  lastUpdated,
  body[]{ ${portableTextFields} },
  "breadcrumbs": array::compact([${ancestorDereferences.map((ancestor) => `${ancestor}{ ${linkTargetFields} }`).join(', ')}]),
  "section": *[_type == "page" && language == $locale && _id == ${sectionRootIdOf('^.')}][0]{
    ${linkTargetFields},
    "children": *[_type == "page" && language == $locale && parent._ref == ^._id]{ ${linkTargetFields}, navigationOrder }
  },
  "relatedMeetings": relatedMeetings[]->{ ${meetingFields} },
  "relatedPublications": relatedPublications[]->{ ${publicationFields} },
  ${translationsField}
}`);

export const pageModel = linkTargetModel.extend({
  _type: cleaned(z.literal('page')),
  summary: optionalText,
  ...seoModelFields,
  lastUpdated: lastUpdatedModel,
  body: portableTextModel,
  breadcrumbs: tolerantList(linkTargetModel, 'breadcrumb'),
  /** The section's top page and the pages under it: the section navigation. */
  section: optional(
    linkTargetModel.extend({
      children: tolerantList(linkTargetModel.extend({ navigationOrder: optional(z.number()) }), 'section page'),
    }),
  ),
  relatedMeetings: tolerantList(meetingModel, 'meeting'),
  relatedPublications: tolerantList(publicationModel, 'publication'),
  translations: translationsModel,
});
export type Page = z.output<typeof pageModel>;

/** Every page of a language with its translations, for static params and the sitemap. */
export const pageIndexQuery = defineQuery(`*[_type == "page" && language == $locale && defined(slug.current)]{
  ${indexedDocumentFields}
}`);

export type PathResolution = { kind: 'page'; page: Page } | Redirect;

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
  const result = await cachedQuery(pageQuery, { locale, id }, [documentTag(id), sectionTag(sectionRoot), memberStateType.listTag()]);
  return parseOrReport(pageModel, result, 'page');
}

/**
 * What a path within a language leads to: a page; a permanent redirect from a page's former
 * slug or from a redirect document (legacy addresses); or nothing.
 */
export const resolvePath = cache(async (locale: Locale, segments: string[]): Promise<PathResolution | null> => {
  const slug = segments.at(-1);
  if (!slug) return null;
  const routes = pageRoutesModel.parse(
    await cachedQuery(pageRoutesBySlugQuery, { locale, slug }, [pageType.slugTag(locale, slug)]),
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
    await cachedQuery(pageIndexQuery, { locale }, [pageType.listTag(locale)]),
  ),
);
