import { defaultLocale, isLocale, localeCodes, locales, type Locale, type LocaleDefinition } from './locales';

interface LanguageRange {
  tag: string;
  quality: number;
  order: number;
}

function parseAcceptLanguage(header: string): LanguageRange[] {
  return header
    .split(',')
    .map((part, order) => {
      const [rawTag = '', ...parameters] = part.trim().split(';');
      const qualityParameter = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = qualityParameter ? Number(qualityParameter.slice(2)) : 1;
      return { tag: rawTag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, order };
    })
    .filter((range) => range.tag !== '' && range.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
}

/** The first supported locale that an Accept-Language header asks for, by quality. */
export function localeFromAcceptLanguage(header: string | null): Locale | undefined {
  if (!header) return undefined;
  for (const { tag } of parseAcceptLanguage(header)) {
    const primary = tag.split('-')[0];
    const match = localeCodes.find((code) => code === tag || code === primary);
    if (match) return match;
  }
  return undefined;
}

/**
 * The locale to send a reader to from an unprefixed path: their remembered explicit choice
 * first, then their browser's languages, then the default.
 */
export function negotiateLocale(request: {
  rememberedChoice: string | undefined;
  acceptLanguage: string | null;
}): Locale {
  if (isLocale(request.rememberedChoice)) return request.rememberedChoice;
  return localeFromAcceptLanguage(request.acceptLanguage) ?? defaultLocale;
}

/** The locale a path starts with, if any: `/es/carceles` → `es`. */
export function localeOfPath(pathname: string): Locale | undefined {
  const firstSegment = pathname.split('/')[1];
  return isLocale(firstSegment) ? firstSegment : undefined;
}

/**
 * The language an address of the Department's former oas.org site names by its folder:
 * `/dsp/espanol/cpo_carceles.asp` → `es`. Such addresses redirect by the CMS's redirect documents.
 */
export function localeOfLegacyPath(pathname: string): Locale | undefined {
  const folder = /^\/dsp\/([^/]+)\//.exec(pathname)?.[1]?.toLowerCase();
  if (!folder) return undefined;
  const named = (locales as readonly LocaleDefinition[]).find((locale) => locale.legacyDirectory === folder);
  return named?.code as Locale | undefined;
}
