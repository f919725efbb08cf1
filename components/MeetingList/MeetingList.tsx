import { getTranslations } from 'next-intl/server';
import { formatCalendarDateRange } from '@/i18n/dates';
import type { Locale } from '@/i18n/locales';
import type { Meeting } from '@/sanity/lib/models';
import { PublicationEntry } from '../PublicationList/PublicationList';
import styles from './MeetingList.module.css';

/** "Valdivia, Chile", but "Santiago de Chile" rather than "Santiago de Chile, Chile". */
function placeOf({ city, country }: Meeting): string {
  return country && !city.includes(country) ? `${city}, ${country}` : city;
}

export async function MeetingList({ locale, meetings }: { locale: Locale; meetings: Meeting[] }) {
  if (meetings.length === 0) return null;
  const t = await getTranslations('MeetingList');
  return (
    <section aria-labelledby="meetings" className={styles.section}>
      <h2 id="meetings">{t('heading')}</h2>
      <ul className={styles.list}>
        {meetings.map((meeting) => (
          <li key={meeting._id} className={styles.meeting}>
            <h3>{meeting.name}</h3>
            <p className={styles.when}>
              {placeOf(meeting)}
              {' · '}
              <time dateTime={meeting.startDate}>{formatCalendarDateRange(meeting.startDate, meeting.endDate, locale)}</time>
            </p>
            {meeting.outcomes.length > 0 ? (
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
    </section>
  );
}
