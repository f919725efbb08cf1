import { getTranslations } from 'next-intl/server';
import { localeDefinition, type Locale } from '@/i18n/locales';
import type { Page } from '@/sanity/documentTypes/page';
import { InternalLink } from '../ContentLink/ContentLink';
import styles from './SectionNavigation.module.css';

/** The section's own page and its sub-pages, in the editors' order, then alphabetically. */
export async function SectionNavigation({
  locale,
  section,
  currentId,
}: {
  locale: Locale;
  section: NonNullable<Page['section']>;
  currentId: string;
}) {
  if (section.children.length === 0) return null;
  const t = await getTranslations('SectionNavigation');
  const collator = new Intl.Collator(localeDefinition(locale).formattingLocale);
  const children = [...section.children].sort(
    (a, b) =>
      (a.navigationOrder ?? Infinity) - (b.navigationOrder ?? Infinity) || collator.compare(a.title, b.title),
  );
  return (
    <nav aria-label={t('label')} className={styles.section}>
      <p className={styles.heading}>
        <InternalLink target={section} current={section._id === currentId}>
          {section.title}
        </InternalLink>
      </p>
      <ul>
        {children.map((child) => (
          <li key={child._id}>
            <InternalLink target={child} current={child._id === currentId}>
              {child.title}
            </InternalLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
