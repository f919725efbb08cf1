import { getTranslations } from 'next-intl/server';
import { formatCalendarDate } from '@/i18n/dates';
import type { Locale } from '@/i18n/locales';
import styles from './LastUpdated.module.css';

export async function LastUpdated({ locale, date }: { locale: Locale; date: string }) {
  const t = await getTranslations('LastUpdated');
  return (
    <p className={styles.lastUpdated}>
      {t('label')} <time dateTime={date}>{formatCalendarDate(date, locale)}</time>
    </p>
  );
}
