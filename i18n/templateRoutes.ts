import { locales, templates, type Locale, type LocaleDefinition, type Template } from './locales';

/**
 * The site's templates answer at each language's own address (/es/reuniones, /en/meetings) as
 * real routes, without rewrites: Next's client router predicts a link's route from links of the
 * same shape, which a rewrite defeats (vercel/next.js#97244). Each template is written once, as a
 * view under app/[locale]/_templates/<template>/, and each path segment that some language gives
 * it gets a thin route folder, app/[locale]/<segment>/, that re-exports the view. Those folders
 * are generated from i18n/locales.ts by i18n/templateRoutes.test.ts (`npm run routes`), which
 * fails while any is missing, stale or left over.
 */

/** Where the views are, and where the routes go, from the project's root. */
export const templateViewsFolder = 'app/[locale]/_templates';
export const localeRoutesFolder = 'app/[locale]';

/** A view's file and what it exports, as read from its source. */
export interface ViewFile {
  /** Its path within the template's view folder, such as `[slug]/page.tsx`. */
  path: string;
  source: string;
}

/** The segments some language gives a template, each once. */
export function templateSegments(template: Template): string[] {
  return [...new Set((locales as readonly LocaleDefinition[]).map((locale) => locale.segments[template]))];
}

/** Route segment options, which Next reads from the route file itself: copied as written. */
const segmentOption = /^export const (?:dynamic|dynamicParams|revalidate|fetchCache|runtime|preferredRegion|maxDuration) = [^;]+;$/gm;
const exportedName = /^export (?:async )?(?:function|const) (\w+)/gm;

function routeFile(template: Template, segment: string, view: ViewFile): string {
  const viewModule = `@/${templateViewsFolder}/${template}/${view.path.replace(/\.tsx?$/, '')}`;
  const names = [...view.source.matchAll(exportedName)].map(([, name]) => name as string);
  const options = view.source.match(segmentOption) ?? [];
  const forwarded = names.filter((name) => !options.some((option) => option.startsWith(`export const ${name} `)));
  const lines = [
    `// The ${template} template at ${addressesAt(template, segment)}.`,
    '// Generated from i18n/locales.ts by `npm run routes` (i18n/templateRoutes.test.ts): do not edit.',
    ...(forwarded.includes('generateStaticParams') ? ["import { staticParamsAt } from '@/i18n/routing';"] : []),
    `import * as view from '${viewModule}';`,
    '',
    ...(/^export default /m.test(view.source) ? ['export default view.default;'] : []),
    ...forwarded.map((name) =>
      name === 'generateStaticParams'
        ? `export const generateStaticParams = staticParamsAt('${template}', '${segment}', view.generateStaticParams);`
        : `export const ${name} = view.${name};`,
    ),
    ...options,
  ];
  return `${lines.join('\n')}\n`;
}

/** The languages whose address for a template uses this path segment (/es/reuniones: Spanish). */
export function localesServedAt(template: Template, segment: string): Locale[] {
  return (locales as readonly LocaleDefinition[])
    .filter((locale) => locale.segments[template] === segment)
    .map((locale) => locale.code as Locale);
}

function addressesAt(template: Template, segment: string): string {
  return localesServedAt(template, segment)
    .map((code) => `/${code}/${segment}`)
    .join(' and ');
}

/** Every route file the templates need, by its path from the project's root, with its text. */
export function templateRouteFiles(views: Record<Template, ViewFile[]>): Map<string, string> {
  const files = new Map<string, string>();
  for (const template of templates) {
    for (const segment of templateSegments(template)) {
      for (const view of views[template]) {
        if (!/(^|\/)(page\.tsx|route\.ts)$/.test(view.path)) continue;
        files.set(`${localeRoutesFolder}/${segment}/${view.path}`, routeFile(template, segment, view));
      }
    }
  }
  return files;
}
