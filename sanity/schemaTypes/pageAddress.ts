import type { Reference, SlugValue, ValidationContext } from 'sanity';
import type { Template } from '../../i18n/locales';
import { ownerOfFirstSegment, type RouteOutsideLanguages, type SegmentOwner } from '../../i18n/reservedSegments';
import { apiVersion } from '../env';
import { maxPageDepth } from '../lib/pageTree';

/**
 * Where a page may sit: the rules on its slug and parent fields that keep its address reachable.
 * They run in the Studio and, unchanged, in `npm run dataset:validate`, whose stand-in client
 * answers the same GROQ from the NDJSON files.
 */

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** What editors call each template, for "the Spanish news list". */
const templateNames: Record<Template, string> = {
  untranslated: 'notice for untranslated pages',
  documents: 'documents library',
  meetings: 'meetings list',
  news: 'news list',
  search: 'search page',
};

const routeNames: Record<RouteOutsideLanguages, string> = {
  api: 'the site’s programming interface (/api)',
  studio: 'this Studio (/studio)',
  _next: 'the framework’s files (/_next)',
};

function describeOwner(owner: SegmentOwner): string {
  switch (owner.kind) {
    case 'templateSegment':
      return `the address of the ${languageNames.of(owner.locale)} ${templateNames[owner.template]}`;
    case 'templateRoute':
      return `the route of the ${templateNames[owner.template]}, kept in every language`;
    case 'route':
      return `the address of ${routeNames[owner.route]}`;
    case 'language':
      return `the code that starts every ${languageNames.of(owner.locale)} address`;
  }
}

/** A top-level page's slug is the first segment of its path, which the site's own routes may own. */
export function topLevelSlugConflict(slug: string | undefined, hasParent: boolean): string | true {
  const owner = slug && !hasParent ? ownerOfFirstSegment(slug) : undefined;
  return owner ? `“${slug}” is ${describeOwner(owner)}: choose another slug, or a parent page.` : true;
}

export const topLevelSlugRule = (slug: SlugValue | undefined, context: ValidationContext) =>
  topLevelSlugConflict(slug?.current, Boolean((context.document?.parent as Reference | undefined)?._ref));

/** Runs a GROQ query: the Studio's client, or the offline validator's stand-in. */
export type Fetch = <Result>(query: string, params: Record<string, unknown>) => Promise<Result>;

interface PageInTree {
  _id: string;
  title?: string;
  parent?: string;
}

const publishedId = (id: string) => id.replace(/^drafts\./, '');
const titleOf = (page: PageInTree | undefined) => page?.title ?? page?._id ?? 'A page';

/** A page as the site will place it: its published version, or its draft while it has none. */
async function readPage(fetch: Fetch, id: string): Promise<PageInTree | undefined> {
  const versions = await fetch<PageInTree[]>(
    `*[_type == "page" && _id in [$id, "drafts." + $id]]{ _id, title, "parent": parent._ref }`,
    { id },
  );
  return versions.find((version) => version._id === id) ?? versions[0];
}

/**
 * Why `pageId` cannot sit under `parentId`, or true: the parent is the page itself or one of its
 * subpages (a loop the site would follow forever), the pages above already loop, or the page, or
 * a subpage that moves with it, would be deeper than the site's queries follow (maxPageDepth).
 */
export async function pagePlacementProblem(pageId: string, parentId: string | undefined, fetch: Fetch): Promise<string | true> {
  if (!parentId) return true;
  if (parentId === pageId) return 'A page cannot be its own parent: choose another page.';

  const ancestors: PageInTree[] = [];
  for (let id: string | undefined = parentId; id; ) {
    if (id === pageId) return `“${titleOf(ancestors[0])}” is under this page: a page cannot be placed under its own subpage.`;
    const visited = ancestors.find((ancestor) => ancestor._id === id);
    if (visited) return `The pages above this one loop: “${titleOf(visited)}” is its own ancestor. Correct their parents first.`;
    const ancestor = await readPage(fetch, id);
    if (!ancestor) break; // a missing parent is the reference check's to report
    ancestors.push(ancestor);
    id = ancestor.parent;
  }
  const depth = ancestors.length + 1;
  if (depth > maxPageDepth) {
    return `This page would be ${depth} levels deep; the site shows pages up to ${maxPageDepth} levels. Choose a parent higher up.`;
  }

  // Its subpages move with it: look down only as far as could cross the limit.
  let generation = [pageId];
  let deepest = depth;
  let deepestPage: PageInTree | undefined;
  while (generation.length > 0 && deepest <= maxPageDepth) {
    const children = await fetch<PageInTree[]>(`*[_type == "page" && parent._ref in $ids]{ _id, title }`, { ids: generation });
    if (children.length === 0) break;
    deepest += 1;
    deepestPage = children[0];
    generation = [...new Set(children.map((child) => publishedId(child._id)))];
  }
  return deepest > maxPageDepth
    ? `Under this parent its subpages would reach ${deepest} levels (“${titleOf(deepestPage)}”); the site shows pages up to ${maxPageDepth} levels. Choose a parent higher up.`
    : true;
}

export const pagePlacementRule = (parent: Reference | undefined, context: ValidationContext) =>
  context.document
    ? pagePlacementProblem(publishedId(context.document._id), parent?._ref, (query, params) =>
        context.getClient({ apiVersion }).fetch(query, params),
      )
    : true;
