import { defaultLocale, localeDefinition } from '@/i18n/locales';
import type { LanguageVersion } from '@/domain/urls';
import { absoluteUrl } from './siteUrl';

/**
 * A document's hreflang links: each language version by its hreflang, and x-default for the
 * version in the default language, when there is one. Every version of a document gets the same
 * map, so the links are reciprocal; a language the document is not published in has none.
 */
export function hreflangUrls(versions: readonly LanguageVersion[]): Record<string, string> {
  const links = Object.fromEntries(
    versions.map(({ locale, path }) => [localeDefinition(locale).hreflang, absoluteUrl(path)]),
  );
  const fallback = versions.find((version) => version.locale === defaultLocale);
  return fallback ? { ...links, 'x-default': absoluteUrl(fallback.path) } : links;
}
