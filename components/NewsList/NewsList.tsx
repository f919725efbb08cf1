import { getTranslations } from 'next-intl/server';
import { formatCalendarDate, formatCalendarDateRange } from '@/i18n/dates';
import type { Locale } from '@/i18n/locales';
import type { NewsEntry } from '@/sanity/documentTypes/newsArticle';
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
          <NewsDate locale={locale} entry={entry} />
          <p className={styles.summary}>{entry.summary}</p>
        </li>
      ))}
    </ul>
  );
}

/**
 * An article's date, in the list and above the article: its publication date where it has one,
 * and the days of the meeting it is about, labelled as the meeting's ("Meeting: August 26 – 28,
 * 2008"). The meeting's days are plain text, not a <time>: crawlers read an article's first
 * <time> as its publication date, which they are not.
 */
export async function NewsDate({ locale, entry }: { locale: Locale; entry: Pick<NewsEntry, 'date' | 'meeting'> }) {
  const t = await getTranslations({ locale, namespace: 'NewsPage' });
  const { date, meeting } = entry;
  return (
    <>
      {date ? (
        <p className={styles.date}>
          <time dateTime={date}>{formatCalendarDate(date, locale)}</time>
        </p>
      ) : null}
      {meeting ? (
        <p className={styles.date}>
          {t('meetingDates', { dates: formatCalendarDateRange(meeting.startDate, meeting.endDate, locale) })}
        </p>
      ) : null}
    </>
  );
}
