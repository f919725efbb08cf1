import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/locales';
import type { LinkTarget } from '@/sanity/lib/models';
import { InternalLink } from '../ContentLink/ContentLink';
import styles from './Breadcrumbs.module.css';

/** The page's place in the hierarchy (home, then its ancestors), not the reader's history. */
export async function Breadcrumbs({ locale, ancestors }: { locale: Locale; ancestors: LinkTarget[] }) {
  const t = await getTranslations('Breadcrumbs');
  return (
    <nav aria-label={t('label')} className={styles.breadcrumbs}>
      <ol>
        <li>
          <Link href="/" locale={locale}>
            {t('home')}
          </Link>
        </li>
        {ancestors.map((ancestor) => (
          <li key={ancestor._id}>
            <InternalLink target={ancestor}>{ancestor.title}</InternalLink>
          </li>
        ))}
      </ol>
    </nav>
  );
}
