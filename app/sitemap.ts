import type { MetadataRoute } from 'next';
import { localeCodes, type Template } from '@/i18n/locales';
import { getMeetingIndex } from '@/sanity/documentTypes/meeting';
import { getNewsIndex } from '@/sanity/documentTypes/newsArticle';
import { getPageIndex } from '@/sanity/documentTypes/page';
import { homeInEveryLanguage, publishedVersions, localizedPath, templateInEveryLanguage, type LanguageVersion } from '@/domain/urls';
import { hreflangUrls } from '@/seo/alternates';
import { absoluteUrl } from '@/seo/siteUrl';

/** The lists search engines should index: search results and the untranslated notices are not. */
const indexedTemplates = ['documents', 'meetings', 'news'] as const satisfies readonly Template[];

/** Every indexable page of every language with its hreflang alternates, the same ones the page names. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const perLanguage = await Promise.all(
    localeCodes.map(async (locale) => {
      const [pages, meetings, news] = await Promise.all([getPageIndex(locale), getMeetingIndex(locale), getNewsIndex(locale)]);
      return [...pages, ...meetings.map(({ target, translations }) => ({ ...target, translations })), ...news];
    }),
  );
  const everyVersion = (versions: LanguageVersion[]) => versions.map(({ path }) => ({ path, versions }));
  const documents = [
    ...everyVersion(homeInEveryLanguage()),
    ...indexedTemplates.flatMap((template) => everyVersion(templateInEveryLanguage(template))),
    ...perLanguage.flat().map((document) => ({ path: localizedPath(document), versions: publishedVersions(document) })),
  ];
  return documents.map(({ path, versions }) => ({
    url: absoluteUrl(path),
    alternates: { languages: hreflangUrls(versions) },
  }));
}
