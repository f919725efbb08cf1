import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '@/components/Breadcrumbs/Breadcrumbs';
import { JsonLd } from '@/components/JsonLd/JsonLd';
import { NotFoundPage } from '@/components/NotFound/NotFound';
import { PageShell } from '@/components/PageShell/PageShell';
import { PortableText } from '@/components/PortableText/PortableText';
import { PublicationList } from '@/components/PublicationList/PublicationList';
import { formatCalendarDateRange } from '@/i18n/dates';
import { routing } from '@/i18n/routing';
import { getMeeting, getMeetingIndex } from '@/sanity/documentTypes/meeting';
import { placeOf } from '@/domain/meetings';
import { publishedVersions, localizedPath, documentToggleTargets } from '@/domain/urls';
import { meetingJsonLd } from '@/seo/jsonLd';
import { pageMetadata } from '@/seo/metadata';
import { getSiteName } from '@/seo/siteName';
import { absoluteUrl } from '@/seo/siteUrl';
import styles from './page.module.css';

/** Meetings published after the build render on their first request, then stay cached. */
export const dynamicParams = true;

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  if (!hasLocale(routing.locales, params.locale)) return [];
  const meetings = await getMeetingIndex(params.locale);
  return meetings.flatMap((meeting) => meeting.target.pathSegments.map((slug) => ({ slug })));
}

async function loadMeeting(params: PageProps<'/[locale]/meetings/[slug]'>['params']) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  return { locale, meeting: await getMeeting(locale, decodeURIComponent(slug)) };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/meetings/[slug]'>): Promise<Metadata> {
  const { locale, meeting } = await loadMeeting(params);
  if (!meeting) notFound();
  return pageMetadata({
    locale,
    path: localizedPath(meeting),
    versions: publishedVersions(meeting),
    siteName: await getSiteName(locale),
    title: meeting.name,
    description: `${formatCalendarDateRange(meeting.startDate, meeting.endDate, locale)} · ${placeOf(meeting)}`,
  });
}

export default async function MeetingPage({ params }: PageProps<'/[locale]/meetings/[slug]'>) {
  const { locale, meeting } = await loadMeeting(params);
  if (!meeting) return <NotFoundPage locale={locale} />;
  const [t, tList] = await Promise.all([getTranslations('MeetingsPage'), getTranslations('MeetingList')]);
  const path = localizedPath(meeting);
  return (
    <PageShell locale={locale} toggleTargets={documentToggleTargets(meeting)} currentPath={path}>
      <JsonLd data={meetingJsonLd(meeting, absoluteUrl(path))} />
      <Breadcrumbs locale={locale} ancestors={[{ template: 'meetings', title: t('title') }]} />
      <article className="prose">
        <h1>{meeting.name}</h1>
        <dl className={styles.facts}>
          <dt>{t('dates')}</dt>
          <dd>
            <time dateTime={meeting.startDate}>{formatCalendarDateRange(meeting.startDate, meeting.endDate, locale)}</time>
          </dd>
          <dt>{t('place')}</dt>
          <dd>{placeOf(meeting)}</dd>
        </dl>
        <PortableText value={meeting.body} />
        <PublicationList publications={meeting.outcomes} heading={tList('outcomes')} headingId="outcomes" />
      </article>
    </PageShell>
  );
}
