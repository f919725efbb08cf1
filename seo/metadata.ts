import { stegaClean } from '@sanity/client/stega';
import type { Metadata } from 'next';
import { localeDefinition, type Locale } from '@/i18n/locales';
import type { LanguageVersion } from '@/sanity/lib/utils';
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
    alternates: { canonical: url, languages: 'versions' in input ? hreflangUrls(versions) : undefined },
    robots: input.noindex ? { index: false } : undefined,
    openGraph: {
      type: 'website',
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
