import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { Breadcrumbs } from '@/components/Breadcrumbs/Breadcrumbs';
import { LibraryFilters } from '@/components/LibraryFilters/LibraryFilters';
import { Notice } from '@/components/Notice/Notice';
import { PageShell } from '@/components/PageShell/PageShell';
import { Pagination } from '@/components/Pagination/Pagination';
import { PublicationList } from '@/components/PublicationList/PublicationList';
import { Link } from '@/i18n/navigation';
import { localeDefinition } from '@/i18n/locales';
import { routing, templatePathWithoutLocale, templatePath } from '@/i18n/routing';
import { getLibrary } from '@/sanity/documentTypes/publication';
import { libraryView } from '@/domain/library';
import { pageMetadata } from '@/seo/metadata';
import { getSiteName } from '@/seo/siteName';
import { templateToggleTargets, templateInEveryLanguage } from '@/domain/urls';

type LibraryProps = PageProps<'/[locale]/documents'>;

/** The library as the query string asks for it; the one cached list of the language is filtered here. */
async function loadLibrary({ params, searchParams }: Pick<LibraryProps, 'params' | 'searchParams'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const view = libraryView(await getLibrary(locale), await searchParams, locale);
  return { locale, view };
}

export async function generateMetadata(props: LibraryProps): Promise<Metadata> {
  const { locale, view } = await loadLibrary(props);
  const t = await getTranslations({ locale, namespace: 'DocumentsPage' });
  const common = {
    locale,
    path: templatePath(locale, 'documents'),
    siteName: await getSiteName(locale),
    title: t('title'),
    description: t('description'),
  };
  return view.indexable
    ? pageMetadata({ ...common, versions: templateInEveryLanguage('documents') })
    : pageMetadata({ ...common, noindex: true });
}

export default async function DocumentsPage(props: LibraryProps) {
  const { locale, view } = await loadLibrary(props);
  const t = await getTranslations('DocumentsPage');
  const { results, ignored, filters, facets, requestedPage } = view;
  const list = new Intl.ListFormat(localeDefinition(locale).formattingLocale, { type: 'conjunction' });
  const toggleTargets = templateToggleTargets(locale, 'documents');
  return (
    <PageShell locale={locale} toggleTargets={toggleTargets} currentPath={templatePath(locale, 'documents')}>
      <Breadcrumbs locale={locale} ancestors={[]} />
      <h1>{t('title')}</h1>
      <p className="lead">{t('description')}</p>
      {ignored.length > 0 ? (
        <Notice>
          <p>{t('ignored', { parameters: list.format(ignored.map((parameter) => t('ignoredParameter', { ...parameter }))) })}</p>
        </Notice>
      ) : null}
      {results.pastTheEnd ? (
        <Notice>
          <p>{t('pastTheEnd', { requested: requestedPage })}</p>
        </Notice>
      ) : null}
      <LibraryFilters locale={locale} facets={facets} filters={filters} />
      {results.total === 0 ? (
        <Notice>
          <p>{t('empty')}</p>
          <p>
            <Link href={templatePathWithoutLocale(locale, 'documents')} locale={locale}>
              {t('clear')}
            </Link>
          </p>
        </Notice>
      ) : (
        <PublicationList publications={results.entries} heading={t('count', { count: results.total })} headingId="results" />
      )}
      <Pagination locale={locale} template="documents" query={filters} page={results.page} pageCount={results.pageCount} />
    </PageShell>
  );
}
