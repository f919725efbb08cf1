import { getTranslations } from 'next-intl/server';
import { localeDefinition, type Locale } from '@/i18n/locales';
import { languageChoicePath } from '@/i18n/routing';
import styles from './LanguageToggle.module.css';

export interface Alternate {
  locale: Locale;
  /** The equivalent page in that language, or the notice that it has none. */
  path: string;
}

/**
 * Links to the same page in the other languages, each named in its own language. The link goes
 * through the language-choice route, which remembers the choice and redirects to the page.
 */
export async function LanguageToggle({ alternates }: { alternates: Alternate[] }) {
  const t = await getTranslations('LanguageToggle');
  return (
    <nav aria-label={t('label')} className={styles.toggle}>
      <ul>
        {alternates.map(({ locale, path }) => {
          const { nativeName, hreflang } = localeDefinition(locale);
          return (
            <li key={locale}>
              <a href={languageChoicePath(path)} lang={hreflang} hrefLang={hreflang}>
                {nativeName}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
