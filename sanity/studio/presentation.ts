import { defineLocations, type DocumentLocationResolvers } from 'sanity/presentation';
import { locales } from '../../i18n/locales';
import { ancestorFieldPaths } from '../lib/pageTree';

/** Every language's home page: where chrome-wide documents (settings, navigation) show. */
const homePages = locales.map((locale) => ({ title: locale.nativeName, href: `/${locale.code}` }));

/** The slug of each ancestor a page can have, farthest first, under the names `ancestor0`, `ancestor1`… */
const ancestorSlugs = Object.fromEntries(ancestorFieldPaths.map((path, index) => [`ancestor${index}`, `${path}slug.current`]));
const pageSelection: Record<string, string> = { title: 'title', language: 'language', slug: 'slug.current', ...ancestorSlugs };

/**
 * Where the Presentation tool finds each document on the site: a page at its path (nested up to
 * maxPageDepth deep, as the site resolves it), and every language's home page, since the header
 * and footer on each come from the CMS.
 */
export const locations: DocumentLocationResolvers = {
  page: defineLocations({
    select: pageSelection,
    resolve: (page) =>
      page?.slug && page.language
        ? {
            locations: [
              {
                title: page.title ?? page.slug,
                href: `/${[page.language, ...Object.keys(ancestorSlugs).map((name) => page[name]), page.slug].filter(Boolean).join('/')}`,
              },
              ...homePages,
            ],
          }
        : null,
  }),
  homePage: defineLocations({ locations: homePages }),
  siteSettings: defineLocations({ locations: homePages }),
  navigation: defineLocations({ locations: homePages }),
};
