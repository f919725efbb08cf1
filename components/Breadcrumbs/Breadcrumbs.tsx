import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { ListTemplate, Locale } from '@/i18n/locales';
import { templatePathWithoutLocale } from '@/i18n/routing';
import type { LinkTarget } from '@/sanity/documentTypes/fields';
import { InternalLink } from '../ContentLink/ContentLink';
import styles from './Breadcrumbs.module.css';

/** One of the site's lists as an ancestor: a meeting sits under Meetings, an article under News. */
export interface ListAncestor {
  template: ListTemplate;
  title: string;
}

/** The page's place in the hierarchy (home, then its ancestors), not the reader's history. */
export async function Breadcrumbs({ locale, ancestors }: { locale: Locale; ancestors: (LinkTarget | ListAncestor)[] }) {
  const t = await getTranslations('Breadcrumbs');
  return (
    <nav aria-label={t('label')} className={styles.breadcrumbs}>
      <ol>
        <li>
          <Link href="/" locale={locale}>
            {t('home')}
          </Link>
        </li>
        {ancestors.map((ancestor) =>
          'template' in ancestor ? (
            <li key={ancestor.template}>
              <Link href={templatePathWithoutLocale(locale, ancestor.template)} locale={locale}>
                {ancestor.title}
              </Link>
            </li>
          ) : (
            <li key={ancestor._id}>
              <InternalLink target={ancestor}>{ancestor.title}</InternalLink>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
