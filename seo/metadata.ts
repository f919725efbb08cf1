import { stegaClean } from '@sanity/client/stega';
import type { Metadata } from 'next';
import { localeDefinition, type Locale } from '@/i18n/locales';
import { templatePath } from '@/i18n/routing';
import type { LanguageVersion } from '@/domain/urls';
import { hreflangUrls } from './alternates';
import { absoluteUrl, siteUrl } from './siteUrl';

/**
 * What every page of a language shares: the base of its absolute URLs, the title template with
 * the Department's name, and the Open Graph defaults the not-found page keeps.
 */
export function siteMetadata({ locale, siteName: encodedSiteName }: { locale: Locale; siteName: string }): Metadata {
  const siteName = stegaClean(encodedSiteName);
  return {
    metadataBase: siteUrl,
    title: { template: `%s | ${siteName}`, default: siteName },
    alternates: { types: newsFeedAlternate(locale) },
    openGraph: { type: 'website', siteName, locale: localeDefinition(locale).ogLocale },
    twitter: { card: 'summary' },
  };
}

type PageMetadataInput = {
  locale: Locale;
  /** The page's own path: its canonical URL. */
  path: string;
  siteName: string;
  title: string;
  description?: string;
  /** An article (a news item): its card is an Open Graph article, with its publication date where it has one. */
  article?: { publishedTime?: string };
} & (
  | {
      /** The page in each language it is published in, its own included. */
      versions: readonly LanguageVersion[];
      /** A page that has its equivalents but is kept out of search engines (search results). */
      noindex?: true;
    }
  | { noindex: true }
);

/**
 * A page's canonical URL, hreflang links, and Open Graph and Twitter cards. Next replaces rather
 * than merges a parent's `openGraph`, so the page's card repeats the site's fields.
 */
export function pageMetadata(input: PageMetadataInput): Metadata {
  // In draft mode CMS text carries invisible stega marks for the Studio's overlays: never here.
  const siteName = stegaClean(input.siteName);
  const title = stegaClean(input.title);
  const description = stegaClean(input.description);
  const { locale, path } = input;
  const versions = 'versions' in input ? input.versions : [];
  const url = absoluteUrl(path);
  return {
    // A title that already is the Department's name (the home page's) is not suffixed with it.
    title: title === siteName ? { absolute: title } : title,
    description,
    alternates: {
      canonical: url,
      languages: 'versions' in input ? hreflangUrls(versions) : undefined,
      types: newsFeedAlternate(locale),
    },
    robots: input.noindex ? { index: false } : undefined,
    openGraph: {
      ...(input.article
        ? { type: 'article', ...(input.article.publishedTime ? { publishedTime: input.article.publishedTime } : {}) }
        : { type: 'website' }),
      siteName,
      title,
      description,
      url,
      locale: localeDefinition(locale).ogLocale,
      alternateLocale: versions
        .filter((version) => version.locale !== locale)
        .map((version) => localeDefinition(version.locale).ogLocale),
    },
    twitter: { card: 'summary', title, description },
  };
}

/** The language's news feed, for feed readers to discover from any of its pages. */
export function newsFeedPath(locale: Locale): string {
  return templatePath(locale, 'news', 'feed.xml');
}

/**
 * `<link rel="alternate" type="application/rss+xml">` on every page of a language. Next replaces
 * rather than merges a parent's `alternates`, so both the site's and each page's metadata carry it.
 */
function newsFeedAlternate(locale: Locale): NonNullable<Metadata['alternates']>['types'] {
  return { 'application/rss+xml': absoluteUrl(newsFeedPath(locale)) };
}
