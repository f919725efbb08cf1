import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { InternalLink } from '@/components/ContentLink/ContentLink';
import { LastUpdated } from '@/components/LastUpdated/LastUpdated';
import { PageShell } from '@/components/PageShell/PageShell';
import { PortableText } from '@/components/PortableText/PortableText';
import { getHomePage } from '@/sanity/lib/content';
import { homePaths } from '@/sanity/lib/utils';

export async function generateMetadata(): Promise<Metadata> {
  const home = await getHomePage(await getLocale());
  return home ? { title: home.seoTitle ?? home.title, description: home.seoDescription } : {};
}

export default async function HomePage() {
  const locale = await getLocale();
  const [home, t] = await Promise.all([getHomePage(locale), getTranslations('HomePage')]);
  if (!home) notFound();
  return (
    <PageShell locale={locale} alternates={homePaths(locale)} currentPath={`/${locale}`}>
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
