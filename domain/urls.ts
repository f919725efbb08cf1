import { localeCodes, type Locale, type Template } from '@/i18n/locales';
import { templatePathWithoutLocale, templatePath, untranslatedNoticePath } from '@/i18n/routing';
import type { LinkTarget } from '@/sanity/documentTypes/fields';

/** A document in one language: where a reader of that language finds it. */
export interface LanguageVersion {
  locale: Locale;
  path: string;
}

/**
 * Where the language toggle leads in one language: the equivalent page, or the notice that the
 * page has none there. (A LanguageVersion is only ever a published page.)
 */
export interface ToggleTarget {
  locale: Locale;
  path: string;
}

type TranslatableDocument = Pick<LinkTarget, '_id' | '_type' | 'language' | 'pathSegments'> & {
  translations: { language: string; target?: LinkTarget }[];
};

/** The list each kind of dated document sits under. */
const listOfType = { meeting: 'meetings', newsArticle: 'news' } as const;

/**
 * Where a document lives within its language: `/prisons/oas-resolutions`, `/reuniones/mispa-ii`,
 * or `/` for a home page.
 */
export function resolveHref(target: Pick<LinkTarget, '_type' | 'language' | 'pathSegments'>): string {
  switch (target._type) {
    case 'homePage':
      return '/';
    case 'meeting':
    case 'newsArticle':
      return templatePathWithoutLocale(target.language, listOfType[target._type], ...target.pathSegments);
    default:
      return `/${target.pathSegments.join('/')}`;
  }
}

/** The full path of a document, its language prefix included: `/es/carceles`. */
export function localizedPath(target: Pick<LinkTarget, '_type' | 'pathSegments' | 'language'>): string {
  const href = resolveHref(target);
  return `/${target.language satisfies Locale}${href === '/' ? '' : href}`;
}

/**
 * The document in every language it is published in, its own included, in the order of the
 * language list: what its hreflang links and sitemap alternates name.
 */
export function publishedVersions(document: TranslatableDocument): LanguageVersion[] {
  return localeCodes.flatMap((locale) => {
    const version =
      locale === document.language
        ? document
        : document.translations.find((translation) => translation.language === locale)?.target;
    return version ? [{ locale, path: localizedPath(version) }] : [];
  });
}

/**
 * The equivalent of a document in each other language: its translation where one is published,
 * otherwise the notice that says it has none.
 */
export function documentToggleTargets(document: TranslatableDocument): ToggleTarget[] {
  const versions = publishedVersions(document);
  return localeCodes
    .filter((locale) => locale !== document.language)
    .map(
      (locale) =>
        versions.find((version) => version.locale === locale) ?? {
          locale,
          path: untranslatedNoticePath(locale, document._id),
        },
    );
}

/** Home pages always exist in every language. */
export function homeInEveryLanguage(): LanguageVersion[] {
  return localeCodes.map((locale) => ({ locale, path: `/${locale}` }));
}

/** The home pages of the other languages. */
export function homeToggleTargets(current: Locale): ToggleTarget[] {
  return homeInEveryLanguage().filter((version) => version.locale !== current);
}

/** A site template (the documents library, the meetings list…) exists in every language. */
export function templateInEveryLanguage(template: Template): LanguageVersion[] {
  return localeCodes.map((locale) => ({ locale, path: templatePath(locale, template) }));
}

/** The template in the other languages, for the language toggle. */
export function templateToggleTargets(current: Locale, template: Template): ToggleTarget[] {
  return templateInEveryLanguage(template).filter((version) => version.locale !== current);
}
