import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '@/components/Breadcrumbs/Breadcrumbs';
import { MeetingList } from '@/components/MeetingList/MeetingList';
import { PageShell } from '@/components/PageShell/PageShell';
import { todayAsCalendarDate } from '@/i18n/dates';
import { routing, templatePath } from '@/i18n/routing';
import { getMeetingIndex } from '@/sanity/documentTypes/meeting';
import { splitMeetingsByDate } from '@/domain/meetings';
import { pageMetadata } from '@/seo/metadata';
import { getSiteName } from '@/seo/siteName';
import { templateToggleTargets, templateInEveryLanguage } from '@/domain/urls';

/** Upcoming and past are split by today's date: the page renders again at least every hour. */
export const revalidate = 3600;

async function localeOf(params: PageProps<'/[locale]/meetings'>['params']) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  return locale;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/meetings'>): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = await getTranslations({ locale, namespace: 'MeetingsPage' });
  return pageMetadata({
    locale,
    path: templatePath(locale, 'meetings'),
    versions: templateInEveryLanguage('meetings'),
    siteName: await getSiteName(locale),
    title: t('title'),
    description: t('description'),
  });
}

export default async function MeetingsPage({ params }: PageProps<'/[locale]/meetings'>) {
  const locale = await localeOf(params);
  const [t, meetings] = await Promise.all([getTranslations('MeetingsPage'), getMeetingIndex(locale)]);
  const { upcoming, past } = splitMeetingsByDate(meetings, todayAsCalendarDate());
  const toggleTargets = templateToggleTargets(locale, 'meetings');
  return (
    <PageShell locale={locale} toggleTargets={toggleTargets} currentPath={templatePath(locale, 'meetings')}>
      <Breadcrumbs locale={locale} ancestors={[]} />
      <h1>{t('title')}</h1>
      <p className="lead">{t('description')}</p>
      <MeetingList
        locale={locale}
        meetings={upcoming}
        heading={t('upcomingHeading')}
        headingId="upcoming"
        empty={t('noUpcoming')}
      />
      <MeetingList locale={locale} meetings={past} heading={t('pastHeading')} headingId="past" empty={t('noPast')} />
    </PageShell>
  );
}
