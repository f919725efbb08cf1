import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { templatePath } from '@/i18n/routing';
import { maxQueryLength } from '@/search/searchParams';
import styles from './SearchForm.module.css';

/**
 * A plain GET form to the reader's language's search page: it works without JavaScript. The
 * header's is compact, with its label for screen readers only; the search page's shows its label
 * and keeps the reader's query. Each has its own landmark name, since a page can hold both.
 */
export async function SearchForm({
  locale,
  variant,
  query = '',
}: {
  locale: Locale;
  variant: 'header' | 'page';
  query?: string;
}) {
  const t = await getTranslations('SearchPage');
  const inputId = `search-${variant}-query`;
  const compact = variant === 'header';
  return (
    <form
      role="search"
      method="get"
      action={templatePath(locale, 'search')}
      aria-label={t(compact ? 'headerFormLabel' : 'formLabel')}
      className={compact ? styles.header : styles.page}
    >
      <label htmlFor={inputId} className={compact ? 'visually-hidden' : styles.label}>
        {t(compact ? 'headerInputLabel' : 'inputLabel')}
      </label>
      <div className={styles.row}>
        <input
          id={inputId}
          className={styles.input}
          type="search"
          name="q"
          defaultValue={query}
          maxLength={maxQueryLength}
          enterKeyHint="search"
          autoComplete="off"
        />
        <button type="submit" className={`button ${styles.submit}`}>
          {t('submit')}
        </button>
      </div>
    </form>
  );
}
