import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { InternalLink } from '@/components/ContentLink/ContentLink';
import { JsonLd } from '@/components/JsonLd/JsonLd';
import { LastUpdated } from '@/components/LastUpdated/LastUpdated';
import { PageShell } from '@/components/PageShell/PageShell';
import { PortableText } from '@/components/PortableText/PortableText';
import { getHomePage } from '@/sanity/documentTypes/homePage';
import { getSiteChrome } from '@/sanity/documentTypes/siteChrome';
import { homeToggleTargets, homeInEveryLanguage } from '@/domain/urls';
import { departmentJsonLd } from '@/seo/jsonLd';
import { pageMetadata } from '@/seo/metadata';
import { getSiteName } from '@/seo/siteName';
import { absoluteUrl } from '@/seo/siteUrl';

async function loadHomePage(params: PageProps<'/[locale]'>['params']) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const home = await getHomePage(locale);
  if (!home) notFound();
  return home;
}

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const home = await loadHomePage(params);
  const locale = home.language;
  return pageMetadata({
    locale,
    path: `/${locale}`,
    versions: homeInEveryLanguage(),
    siteName: await getSiteName(locale),
    title: home.seoTitle ?? home.title,
    description: home.seoDescription,
  });
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const home = await loadHomePage(params);
  const locale = home.language;
  const [t, chrome] = await Promise.all([getTranslations('HomePage'), getSiteChrome(locale)]);
  return (
    <PageShell locale={locale} toggleTargets={homeToggleTargets(locale)} currentPath={`/${locale}`}>
      {chrome ? <JsonLd data={departmentJsonLd(chrome.settings, absoluteUrl(`/${locale}`))} /> : null}
      <h1>{home.title}</h1>
      <div className="prose lead">
        <PortableText value={home.intro} />
      </div>
      {home.featured.length > 0 ? (
        <section aria-labelledby="featured">
          <h2 id="featured">{t('featuredHeading')}</h2>
          <ul className="card-list">
            {home.featured.map((page) => (
              <li key={page._id} className="card">
                <h3>
                  <InternalLink target={page}>{page.title}</InternalLink>
                </h3>
                {page.summary ? <p>{page.summary}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {home.lastUpdated ? <LastUpdated locale={locale} date={home.lastUpdated} /> : null}
    </PageShell>
  );
}
