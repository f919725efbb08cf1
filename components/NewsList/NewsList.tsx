import { formatCalendarDate } from '@/i18n/dates';
import type { Locale } from '@/i18n/locales';
import type { NewsEntry } from '@/sanity/lib/models';
import { InternalLink } from '../ContentLink/ContentLink';
import styles from './NewsList.module.css';

/** Articles as a list of headlines, each with its date and summary. */
export function NewsList({ locale, entries }: { locale: Locale; entries: NewsEntry[] }) {
  return (
    <ul className={styles.list}>
      {entries.map((entry) => (
        <li key={entry._id} className={styles.entry}>
          <h2 className={styles.headline}>
            <InternalLink target={entry}>{entry.title}</InternalLink>
          </h2>
          <NewsDate locale={locale} date={entry.date} />
          <p className={styles.summary}>{entry.summary}</p>
        </li>
      ))}
    </ul>
  );
}

/** An article's date, in the list and above the article. */
export function NewsDate({ locale, date }: { locale: Locale; date: string }) {
  return (
    <p className={styles.date}>
      <time dateTime={date}>{formatCalendarDate(date, locale)}</time>
    </p>
  );
}
