import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '@/components/Breadcrumbs/Breadcrumbs';
import { NewsList } from '@/components/NewsList/NewsList';
import { Notice } from '@/components/Notice/Notice';
import { PageShell } from '@/components/PageShell/PageShell';
import { Pagination } from '@/components/Pagination/Pagination';
import { paginate, parsePageParam } from '@/domain/pagination';
import { localeCodes, type Locale } from '@/i18n/locales';
import { routing, templatePath } from '@/i18n/routing';
import { getNewsList } from '@/sanity/documentTypes/newsArticle';
import { newsFeedPath, pageMetadata } from '@/seo/metadata';
import { getSiteName } from '@/seo/siteName';

/** Page `page` of a language's news list: page 1 has no query string. */
function listPath(locale: Locale, page: number): string {
  return page === 1 ? templatePath(locale, 'news') : `${templatePath(locale, 'news')}?page=${page}`;
}

async function loadNewsList({ params, searchParams }: PageProps<'/[locale]/news'>) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  if (!hasLocale(routing.locales, locale)) notFound();
  const requested = parsePageParam(query.page);
  const lists = await Promise.all(localeCodes.map(async (code) => ({ code, entries: await getNewsList(code) })));
  const shown = paginate(lists.find(({ code }) => code === locale)?.entries ?? [], requested.page);
  // Page n in another language lists other articles, but it is the same place in the same list:
  // it is named as this page's equivalent where that language has that many pages.
  const versions = lists.flatMap(({ code, entries }) =>
    code === locale || paginate(entries, shown.page).page === shown.page ? [{ locale: code, path: listPath(code, shown.page) }] : [],
  );
  return { locale, requested, shown, versions };
}

/**
 * Every page of the list is indexable and names itself as canonical, as Google's guidance on
 * pagination asks: pointing page 2 at page 1, or marking it noindex, would hide the older
 * articles it links from crawlers. An ignored page number shows page 1, which it names.
 */
export async function generateMetadata(props: PageProps<'/[locale]/news'>): Promise<Metadata> {
  const { locale, shown, versions } = await loadNewsList(props);
  const t = await getTranslations({ locale, namespace: 'NewsPage' });
  const position =
    shown.page > 1 ? (await getTranslations({ locale, namespace: 'Pagination' }))('position', { page: shown.page, pageCount: shown.pageCount }) : undefined;
  return pageMetadata({
    locale,
    path: listPath(locale, shown.page),
    versions,
    siteName: await getSiteName(locale),
    title: position ? `${t('title')} (${position})` : t('title'),
    description: t('description'),
  });
}

export default async function NewsPage(props: PageProps<'/[locale]/news'>) {
  const { locale, requested, shown } = await loadNewsList(props);
  const t = await getTranslations('NewsPage');
  // The toggle leads to the other language's first page: the language-choice route takes a path
  // without a query string, and page n there lists other articles anyway.
  const toggleTargets = localeCodes.filter((code) => code !== locale).map((code) => ({ locale: code, path: listPath(code, 1) }));
  return (
    <PageShell locale={locale} toggleTargets={toggleTargets} currentPath={templatePath(locale, 'news')}>
      <Breadcrumbs locale={locale} ancestors={[]} />
      <h1>{t('title')}</h1>
      {requested.ignored ? <Notice>{t('pageIgnored')}</Notice> : null}
      {shown.pastTheEnd ? <Notice>{t('pastTheEnd', { pageCount: shown.pageCount })}</Notice> : null}
      {shown.total === 0 ? (
        <Notice>{t('empty')}</Notice>
      ) : (
        <>
          <p>{t('count', { total: shown.total })}</p>
          <NewsList locale={locale} entries={shown.entries} />
          <Pagination locale={locale} template="news" query={{}} page={shown.page} pageCount={shown.pageCount} />
        </>
      )}
      <p>
        <a href={newsFeedPath(locale)} type="application/rss+xml">
          {t('feedLink')}
        </a>
      </p>
    </PageShell>
  );
}
