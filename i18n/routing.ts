import { defineRouting } from 'next-intl/routing';
import { defaultLocale, localeCodes, localeDefinition, type Locale, type Template } from './locales';
import { localesServedAt } from './templateRoutes';

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

/**
 * A site template's address within a language, without the language prefix, as the localized
 * `Link` takes it: templatePathWithoutLocale('es', 'meetings', 'mispa-i') is `/reuniones/mispa-i`.
 */
export function templatePathWithoutLocale(locale: Locale, template: Template, ...rest: string[]): string {
  return [`/${localeDefinition(locale).segments[template]}`, ...rest.map(encodeURIComponent)].join('/');
}

/** A site template's full address: templatePath('es', 'documents') is `/es/documentos`. */
export function templatePath(locale: Locale, template: Template, ...rest: string[]): string {
  return `/${locale}${templatePathWithoutLocale(locale, template, ...rest)}`;
}

/** Where a reader of `locale` is told that a document has no translation into it. */
export function untranslatedNoticePath(locale: Locale, documentId: string): string {
  return templatePath(locale, 'untranslated', documentId);
}

/**
 * The static params of a template's route folder: the template's own, for each language served
 * at that folder's segment, each entry naming its language (an entry that names one already, as
 * the untranslated notices' do, keeps it). Next calls this once per language of the [locale]
 * layout and keeps each entry's language.
 */
export function staticParamsAt<Params extends object>(
  template: Template,
  segment: string,
  generate: (context: { params: { locale: string } }) => Promise<Params[]>,
): () => Promise<(Params & { locale: Locale })[]> {
  const served = localesServedAt(template, segment);
  return async () => {
    const perLanguage = await Promise.all(
      served.map(async (locale) => (await generate({ params: { locale } })).map((params) => ({ locale, ...params }))),
    );
    const entries = perLanguage.flat().filter((params) => served.includes(params.locale));
    return [...new Map(entries.map((params) => [JSON.stringify(params), params])).values()];
  };
}
