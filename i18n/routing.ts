import { defineRouting } from 'next-intl/routing';
import { defaultLocale, localeCodes, localeDefinition, type Locale } from './locales';

/** The name of the cookie that remembers the reader's explicit language choice. */
export const localeCookieName = 'NEXT_LOCALE';

export const routing = defineRouting({
  locales: localeCodes,
  defaultLocale,
  localePrefix: 'always',
  // The proxy never writes the cookie: only the language toggle's redirect route does, so that
  // cacheable pages carry no Set-Cookie header.
  localeCookie: false,
  alternateLinks: false,
});

/** The route that remembers a reader's explicit language choice, then sends them to `path`. */
export const languageChoiceRoute = '/api/language';

export function languageChoicePath(path: string): string {
  return `${languageChoiceRoute}?${new URLSearchParams({ to: path })}`;
}

/** Where a reader of `locale` is told that a document has no translation into it. */
export function untranslatedNoticePath(locale: Locale, documentId: string): string {
  return `/${locale}/${localeDefinition(locale).segments.untranslated}/${encodeURIComponent(documentId)}`;
}
