import { localeCodes, type Locale } from '@/i18n/locales';
import { untranslatedNoticePath } from '@/i18n/routing';
import type { LinkTarget } from './models';

/** Where a document lives within its language: `/prisons/oas-resolutions`, or `/` for a home page. */
export function resolveHref(target: Pick<LinkTarget, '_type' | 'pathSegments'>): string {
  return target._type === 'homePage' ? '/' : `/${target.pathSegments.join('/')}`;
}

/** The full path of a document, its language prefix included: `/es/carceles`. */
export function localizedPath(target: Pick<LinkTarget, '_type' | 'pathSegments' | 'language'>): string {
  const href = resolveHref(target);
  return `/${target.language satisfies Locale}${href === '/' ? '' : href}`;
}

/**
 * The equivalent of a document in each other language: its translation where one is published,
 * otherwise the notice that says it has none.
 */
export function translationPaths(
  document: Pick<LinkTarget, '_id' | 'language'> & { translations: { language: string; target?: LinkTarget }[] },
): { locale: Locale; path: string }[] {
  return localeCodes
    .filter((locale) => locale !== document.language)
    .map((locale) => {
      const target = document.translations.find((translation) => translation.language === locale)?.target;
      return { locale, path: target ? localizedPath(target) : untranslatedNoticePath(locale, document._id) };
    });
}

/** Home pages always exist in every language. */
export function homePaths(current: Locale): { locale: Locale; path: string }[] {
  return localeCodes.filter((locale) => locale !== current).map((locale) => ({ locale, path: `/${locale}` }));
}
