import { getTranslations } from 'next-intl/server';
import { formatCalendarDateRange } from '@/i18n/dates';
import type { Locale } from '@/i18n/locales';
import { placeOf } from '@/domain/meetings';
import type { Meeting } from '@/sanity/documentTypes/meeting';
import { Notice } from '../Notice/Notice';
import { InternalLink } from '../ContentLink/ContentLink';
import { PublicationEntry } from '../PublicationList/PublicationList';
import styles from './MeetingList.module.css';

/** A meeting as lists show it; a list of upcoming or past meetings has no outcomes to show. */
type ListedMeeting = Omit<Meeting, 'outcomes'> & Partial<Pick<Meeting, 'outcomes'>>;

/**
 * Meetings under a heading ("Meetings" unless the page names them otherwise), each linking to its
 * page. An empty list shows nothing, or its `empty` notice where the page gives one.
 */
export async function MeetingList({
  locale,
  meetings,
  heading,
  headingId = 'meetings',
  empty,
}: {
  locale: Locale;
  meetings: ListedMeeting[];
  heading?: string;
  headingId?: string;
  empty?: string;
}) {
  if (meetings.length === 0 && !empty) return null;
  const t = await getTranslations('MeetingList');
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId}>{heading ?? t('heading')}</h2>
      {meetings.length === 0 ? (
        <Notice>
          <p>{empty}</p>
        </Notice>
      ) : (
        <ul className={styles.list}>
        {meetings.map((meeting) => (
          <li key={meeting._id} className={styles.meeting}>
            <h3>{meeting.target ? <InternalLink target={meeting.target}>{meeting.name}</InternalLink> : meeting.name}</h3>
            <p className={styles.when}>
              {placeOf(meeting)}
              {' · '}
              <time dateTime={meeting.startDate}>{formatCalendarDateRange(meeting.startDate, meeting.endDate, locale)}</time>
            </p>
            {meeting.outcomes && meeting.outcomes.length > 0 ? (
              <>
                <h4>{t('outcomes')}</h4>
                <ul className={styles.outcomes}>
                  {meeting.outcomes.map((publication) => (
                    <li key={publication._id}>
                      <PublicationEntry publication={publication} />
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </li>
        ))}
        </ul>
      )}
    </section>
  );
}
