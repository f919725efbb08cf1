import type { MetadataRoute } from 'next';
import { localeCodes } from '@/i18n/locales';
import { getPageIndex } from '@/sanity/lib/content';
import { homeVersions, languageVersions, localizedPath } from '@/sanity/lib/utils';
import { hreflangUrls } from '@/seo/alternates';
import { absoluteUrl } from '@/seo/siteUrl';

/** Every page of every language with its hreflang alternates, the same ones the page names. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = (await Promise.all(localeCodes.map((locale) => getPageIndex(locale)))).flat();
  const homes = homeVersions();
  const documents = [
    ...homes.map(({ path }) => ({ path, versions: homes })),
    ...pages.map((page) => ({ path: localizedPath(page), versions: languageVersions(page) })),
  ];
  return documents.map(({ path, versions }) => ({
    url: absoluteUrl(path),
    alternates: { languages: hreflangUrls(versions) },
  }));
}
