import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '@/components/Breadcrumbs/Breadcrumbs';
import { JsonLd } from '@/components/JsonLd/JsonLd';
import { NotFoundPage } from '@/components/NotFound/NotFound';
import { NewsDate } from '@/components/NewsList/NewsList';
import { PageShell } from '@/components/PageShell/PageShell';
import { PortableText } from '@/components/PortableText/PortableText';
import { localeDefinition } from '@/i18n/locales';
import { routing } from '@/i18n/routing';
import { getNewsArticle, getNewsIndex } from '@/sanity/documentTypes/newsArticle';
import { getSiteChrome } from '@/sanity/documentTypes/siteChrome';
import { publishedVersions, localizedPath, documentToggleTargets } from '@/domain/urls';
import { newsArticleJsonLd } from '@/seo/jsonLd';
import { pageMetadata } from '@/seo/metadata';
import { getSiteName } from '@/seo/siteName';
import { absoluteUrl } from '@/seo/siteUrl';

/** Articles published after the build render on their first request, then stay cached. */
export const dynamicParams = true;

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  if (!hasLocale(routing.locales, params.locale)) return [];
  const articles = await getNewsIndex(params.locale);
  return articles.flatMap((article) => article.pathSegments.map((slug) => ({ slug })));
}

async function loadArticle(params: PageProps<'/[locale]/news/[slug]'>['params']) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  return { locale, article: await getNewsArticle(locale, slug) };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/news/[slug]'>): Promise<Metadata> {
  const { article } = await loadArticle(params);
  if (!article) notFound();
  return pageMetadata({
    locale: article.language,
    path: localizedPath(article),
    versions: publishedVersions(article),
    siteName: await getSiteName(article.language),
    title: article.seoTitle ?? article.title,
    description: article.seoDescription ?? article.summary,
    // The publication date, absent on an item about a meeting: the meeting's days are never sent as one.
    article: { publishedTime: article.date },
  });
}

export default async function NewsArticlePage({ params }: PageProps<'/[locale]/news/[slug]'>) {
  const { locale, article } = await loadArticle(params);
  if (!article) return <NotFoundPage locale={locale} />;
  const [t, chrome] = await Promise.all([getTranslations('NewsPage'), getSiteChrome(locale)]);
  const path = localizedPath(article);
  return (
    <PageShell locale={locale} toggleTargets={documentToggleTargets(article)} currentPath={path}>
      {chrome ? (
        <JsonLd
          data={newsArticleJsonLd(
            { ...article, language: localeDefinition(locale).hreflang },
            chrome.settings.department,
            absoluteUrl(path),
            absoluteUrl(`/${locale}`),
          )}
        />
      ) : null}
      <Breadcrumbs locale={locale} ancestors={[{ template: 'news', title: t('title') }]} />
      <article className="prose">
        <h1>{article.title}</h1>
        <NewsDate locale={locale} entry={article} />
        <p className="lead">{article.summary}</p>
        <PortableText value={article.body} />
      </article>
    </PageShell>
  );
}
