/**
 * The one list of the site's languages. Routing, the language toggle, date and number
 * formatting, collation, the sitemap and the Studio all read it: adding a language is an entry
 * here, a messages/<code>.json file and content in the CMS.
 */
export const locales = [
  {
    code: 'en',
    /** The language's name in that language, as the toggle shows it. */
    nativeName: 'English',
    /** The value for hreflang and og:locale alternates. */
    hreflang: 'en',
    /** The BCP 47 tag used for dates, numbers and sorting. */
    formattingLocale: 'en-US',
    /**
     * The folder of the Department's former site on oas.org in this language: an address under
     * /dsp/<folder>/ names this language, whatever the browser asks for.
     */
    legacyDirectory: 'english',
    /** The path segment of each site template in this language (see templates below). */
    segments: {
      untranslated: 'untranslated',
      documents: 'documents',
      meetings: 'meetings',
      news: 'news',
      search: 'search',
    },
    /** Open Graph's locale form (language_TERRITORY), for og:locale and its alternates. */
    ogLocale: 'en_US',
  },
  {
    code: 'es',
    nativeName: 'Español',
    hreflang: 'es',
    formattingLocale: 'es',
    legacyDirectory: 'espanol',
    segments: {
      untranslated: 'sin-traduccion',
      documents: 'documentos',
      meetings: 'reuniones',
      news: 'noticias',
      search: 'buscar',
    },
    // Latin American Spanish: the site is inter-American, and es_ES would name Spain.
    ogLocale: 'es_LA',
  },
] as const satisfies readonly LocaleDefinition[];

/**
 * Site templates that are not CMS pages, by the name of their view under
 * app/[locale]/_templates/. Each language gives each one a path segment, which is a route folder
 * of its own (see i18n/templateRoutes.ts); next.config redirects another language's segment to it.
 */
export const templates = ['untranslated', 'documents', 'meetings', 'news', 'search'] as const;
export type Template = (typeof templates)[number];

/** The templates readers browse to, which editors can link from navigation. */
export const listTemplates = ['documents', 'meetings', 'news', 'search'] as const satisfies readonly Template[];
export type ListTemplate = (typeof listTemplates)[number];

export interface LocaleDefinition {
  code: string;
  nativeName: string;
  hreflang: string;
  formattingLocale: string;
  legacyDirectory?: string;
  segments: Record<Template, string>;
  ogLocale: string;
}

export type Locale = (typeof locales)[number]['code'];

export const localeCodes = locales.map((locale) => locale.code) as Locale[];

export const defaultLocale: Locale = 'en';

export function localeDefinition(code: Locale): LocaleDefinition {
  const found = locales.find((locale) => locale.code === code);
  if (!found) throw new Error(`Unknown locale ${code}`);
  return found;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (localeCodes as string[]).includes(value);
}
