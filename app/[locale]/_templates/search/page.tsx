import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { Notice } from '@/components/Notice/Notice';
import { PageShell } from '@/components/PageShell/PageShell';
import { Pagination } from '@/components/Pagination/Pagination';
import { entriesPerPage, paginate } from '@/domain/pagination';
import { SearchForm } from '@/components/SearchForm/SearchForm';
import { SearchResults } from '@/components/SearchResults/SearchResults';
import { localeCodes, type Locale } from '@/i18n/locales';
import { routing, templatePath } from '@/i18n/routing';
import { maxQueryLength, parseSearchParams, type SearchRequest } from '@/search/searchParams';
import { searchSite } from '@/search/siteSearch';
import { pageMetadata } from '@/seo/metadata';
import { getSiteName } from '@/seo/siteName';

async function loadRequest({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  return { locale, request: parseSearchParams(await searchParams) };
}

/**
 * The search page in each language. A query is not carried over to another language: its words
 * are this language's (and the language toggle takes paths only).
 */
const searchPages = localeCodes.map((code) => ({ locale: code, path: templatePath(code, 'search') }));

/** Results pages are for readers, not search engines: noindex, with the search page as canonical. */
export async function generateMetadata(props: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const { locale, request } = await loadRequest(props);
  const t = await getTranslations({ locale, namespace: 'SearchPage' });
  const query = request.kind === 'query' ? request.query : '';
  return pageMetadata({
    locale,
    path: templatePath(locale, 'search'),
    versions: searchPages,
    noindex: true,
    siteName: await getSiteName(locale),
    title: query ? t('titleWithQuery', { query }) : t('title'),
    description: t('description'),
  });
}

async function Outcome({ locale, request }: { locale: Locale; request: SearchRequest }) {
  const t = await getTranslations('SearchPage');
  if (request.kind === 'empty') return <p>{t('prompt')}</p>;
  if (request.kind === 'tooLong') {
    return (
      <Notice>
        <p>{t('tooLong', { max: maxQueryLength })}</p>
      </Notice>
    );
  }
  const { query } = request;
  const hits = await searchSite(locale, query);
  if (hits.length === 0) {
    return (
      <Notice>
        <p>{t('noResults', { query })}</p>
      </Notice>
    );
  }
  const page = paginate(hits, request.page);
  return (
    <>
      {request.ignored || page.pastTheEnd ? (
        <Notice>
          <p>{t(request.ignored ? 'pageIgnored' : 'pastTheEnd')}</p>
        </Notice>
      ) : null}
      <p>{t('resultCount', { count: page.total, query })}</p>
      <SearchResults locale={locale} hits={page.entries} firstPosition={(page.page - 1) * entriesPerPage + 1} />
      <Pagination locale={locale} template="search" query={{ q: query }} page={page.page} pageCount={page.pageCount} />
    </>
  );
}

export default async function SearchPage(props: PageProps<'/[locale]/search'>) {
  const { locale, request } = await loadRequest(props);
  const t = await getTranslations('SearchPage');
  return (
    <PageShell
      locale={locale}
      toggleTargets={searchPages.filter((page) => page.locale !== locale)}
      currentPath={templatePath(locale, 'search')}
    >
      <h1>{t('title')}</h1>
      <SearchForm locale={locale} variant="page" query={request.query} />
      <Outcome locale={locale} request={request} />
    </PageShell>
  );
}
