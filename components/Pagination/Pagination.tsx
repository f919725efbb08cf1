import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { ListTemplate, Locale } from '@/i18n/locales';
import { templatePathWithoutLocale } from '@/i18n/routing';
import styles from './Pagination.module.css';

/**
 * Previous / next links and "Page 2 of 3", as GOV.UK's pagination has them. Every link keeps the
 * list's other query parameters (filters, the search terms), so a shared address reproduces it.
 */
export async function Pagination({
  locale,
  template,
  query,
  page,
  pageCount,
}: {
  locale: Locale;
  template: ListTemplate;
  query: Record<string, string>;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations('Pagination');
  const others = Object.fromEntries(Object.entries(query).filter(([name]) => name !== 'page'));
  const hrefFor = (target: number) => ({
    pathname: templatePathWithoutLocale(locale, template),
    query: target === 1 ? others : { ...others, page: String(target) },
  });
  return (
    <nav aria-label={t('label')} className={styles.pagination}>
      <ul>
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} locale={locale} rel="prev">
              {t('previous')}
            </Link>
          </li>
        ) : null}
        <li aria-current="page" className={styles.position}>
          {t('position', { page, pageCount })}
        </li>
        {page < pageCount ? (
          <li>
            <Link href={hrefFor(page + 1)} locale={locale} rel="next">
              {t('next')}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
