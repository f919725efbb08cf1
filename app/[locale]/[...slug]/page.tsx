import type { Metadata } from 'next';
import { notFound, permanentRedirect, redirect } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { Breadcrumbs } from '@/components/Breadcrumbs/Breadcrumbs';
import { LastUpdated } from '@/components/LastUpdated/LastUpdated';
import { MeetingList } from '@/components/MeetingList/MeetingList';
import { NotFoundPage } from '@/components/NotFound/NotFound';
import { PageShell } from '@/components/PageShell/PageShell';
import { PortableText } from '@/components/PortableText/PortableText';
import { PublicationList } from '@/components/PublicationList/PublicationList';
import { SectionNavigation } from '@/components/SectionNavigation/SectionNavigation';
import { routing } from '@/i18n/routing';
import { getPageIndex, resolvePath } from '@/sanity/documentTypes/page';
import { publishedVersions, localizedPath, documentToggleTargets } from '@/domain/urls';
import { pageMetadata } from '@/seo/metadata';
import { getSiteName } from '@/seo/siteName';

/** Pages published after the build render on their first request, then stay cached. */
export const dynamicParams = true;

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  if (!hasLocale(routing.locales, params.locale)) return [];
  const pages = await getPageIndex(params.locale);
  return pages.map((page) => ({ slug: page.pathSegments }));
}

/**
 * What the address leads to, in which language. A first segment that is no language reaches this
 * route only as /_next/static/… (the proxy sends every other one to a language): not found, in the
 * default language.
 */
async function resolveParams(params: PageProps<'/[locale]/[...slug]'>['params']) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return { locale: routing.defaultLocale, resolution: null };
  return { locale, resolution: await resolvePath(locale, slug) };
}

/**
 * Metadata only for a page: a redirect is the page component's to answer, once. A 404 throws
 * here too, so that the not-found page's own title is the one the browser keeps.
 */
export async function generateMetadata({ params }: PageProps<'/[locale]/[...slug]'>): Promise<Metadata> {
  const { resolution } = await resolveParams(params);
  if (!resolution) notFound();
  if (resolution.kind !== 'page') return {};
  const { page } = resolution;
  return pageMetadata({
    locale: page.language,
    path: localizedPath(page),
    versions: publishedVersions(page),
    siteName: await getSiteName(page.language),
    title: page.seoTitle ?? page.title,
    description: page.seoDescription ?? page.summary,
  });
}

export default async function ContentPage({ params }: PageProps<'/[locale]/[...slug]'>) {
  const { locale: requested, resolution } = await resolveParams(params);
  if (!resolution) return <NotFoundPage locale={requested} />;
  if (resolution.kind === 'redirect') {
    if (resolution.permanent) permanentRedirect(resolution.path);
    redirect(resolution.path);
  }
  const { page } = resolution;
  const locale = page.language;
  return (
    <PageShell locale={locale} toggleTargets={documentToggleTargets(page)} currentPath={localizedPath(page)}>
      <Breadcrumbs locale={locale} ancestors={page.breadcrumbs} />
      <div className="with-sidebar">
        <article className="prose">
          <h1>{page.title}</h1>
          {page.summary ? <p className="lead">{page.summary}</p> : null}
          <PortableText value={page.body} />
          <MeetingList locale={locale} meetings={page.relatedMeetings} />
          <PublicationList publications={page.relatedPublications} />
          {page.lastUpdated ? <LastUpdated locale={locale} date={page.lastUpdated} /> : null}
        </article>
        {page.section ? <SectionNavigation locale={locale} section={page.section} currentId={page._id} /> : null}
      </div>
    </PageShell>
  );
}
