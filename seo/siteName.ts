import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { getSiteChrome } from '@/sanity/documentTypes/siteChrome';

/**
 * The Department's name in a language, for titles and cards: from the CMS site settings, or the
 * interface's own name for the site while those settings are missing or invalid.
 */
export async function getSiteName(locale: Locale): Promise<string> {
  const [chrome, t] = await Promise.all([getSiteChrome(locale), getTranslations({ locale, namespace: 'Metadata' })]);
  return chrome?.settings.department.name ?? t('siteName');
}
