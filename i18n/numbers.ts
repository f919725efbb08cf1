import { localeDefinition, locales, type Locale } from './locales';

/**
 * A file's size in the reader's units and separators: 1234567 bytes → "1.2 MB" / "1,2 MB".
 * Decimal units (1 kB = 1000 bytes), as file managers on most systems show them.
 */
export function formatFileSize(bytes: number, locale: Locale): string {
  const { formattingLocale } = localeDefinition(locale);
  // 999,999 bytes would round to "1000 kB": from there on, megabytes.
  const [unit, value] =
    bytes >= 999_500 ? (['megabyte', bytes / 1_000_000] as const) : (['kilobyte', Math.max(bytes / 1000, 1)] as const);
  return new Intl.NumberFormat(formattingLocale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: unit === 'megabyte' ? 1 : 0,
  }).format(value);
}

/** A language's name in the reader's language: `es` → "Spanish" / "español". */
export function languageName(language: string, inLocale: Locale): string {
  const names = new Intl.DisplayNames([localeDefinition(inLocale).formattingLocale], { type: 'language' });
  return names.of(language) ?? language;
}

/**
 * A language's name in that language, as a label readers of it recognise (the toggle's names for
 * the site's languages): `en` → "English", `fr` → "Français". Mark it up with `lang={language}`.
 */
export function nativeLanguageName(language: string): string {
  const site = locales.find((locale) => locale.code === language);
  if (site) return site.nativeName;
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
