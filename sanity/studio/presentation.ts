import { defineLocations, type DocumentLocationResolvers } from 'sanity/presentation';
import { locales } from '../../i18n/locales';

/** Every language's home page: where chrome-wide documents (settings, navigation) show. */
const homePages = locales.map((locale) => ({ title: locale.nativeName, href: `/${locale.code}` }));

/**
 * Where the Presentation tool finds each document on the site: a page at its path (nested up to
 * three deep, as the site resolves it), and every language's home page, since the header and
 * footer on each come from the CMS.
 */
export const locations: DocumentLocationResolvers = {
  page: defineLocations({
    select: {
      title: 'title',
      language: 'language',
      slug: 'slug.current',
      parentSlug: 'parent.slug.current',
      grandparentSlug: 'parent.parent.slug.current',
    },
    resolve: (page) =>
      page?.slug && page.language
        ? {
            locations: [
              {
                title: page.title ?? page.slug,
                href: `/${[page.language, page.grandparentSlug, page.parentSlug, page.slug].filter(Boolean).join('/')}`,
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
