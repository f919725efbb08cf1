import { getTranslations } from 'next-intl/server';
import type { ToggleTarget } from '@/domain/urls';
import { localeDefinition } from '@/i18n/locales';
import { languageChoicePath } from '@/i18n/routing';
import styles from './LanguageToggle.module.css';

/**
 * Links to the same page in the other languages, each named in its own language. The link goes
 * through the language-choice route, which remembers the choice and redirects to the page.
 */
export async function LanguageToggle({ toggleTargets }: { toggleTargets: ToggleTarget[] }) {
  const t = await getTranslations('LanguageToggle');
  return (
    <nav aria-label={t('label')} className={styles.toggle}>
      <ul>
        {toggleTargets.map(({ locale, path }) => {
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
