import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { NotFoundPage } from '@/components/NotFound/NotFound';
import { PageShell } from '@/components/PageShell/PageShell';
import { Link } from '@/i18n/navigation';
import { localeCodes, localeDefinition } from '@/i18n/locales';
import { languageName } from '@/i18n/numbers';
import { routing, untranslatedNoticePath } from '@/i18n/routing';
import { getPageIndex } from '@/sanity/documentTypes/page';
import { getTranslatableDocument } from '@/sanity/documentTypes/translatable';
import { localizedPath, resolveHref } from '@/domain/urls';
import { pageMetadata } from '@/seo/metadata';
import { getSiteName } from '@/seo/siteName';

/**
 * One notice per document and per language it is missing in, prerendered. Next calls this once
 * per language and keeps a parent's params as they are when the list for it is empty, so the
 * whole list is returned each time, each entry naming its own language.
 */
export async function generateStaticParams() {
  const indexes = await Promise.all(localeCodes.map((locale) => getPageIndex(locale)));
  return localeCodes.flatMap((readerLocale) =>
    indexes
      .flat()
      .filter((page) => page.language !== readerLocale && !page.translatedInto.includes(readerLocale))
      .map((page) => ({ locale: readerLocale, id: page._id })),
  );
}

async function loadUntranslated(params: PageProps<'/[locale]/untranslated/[id]'>['params']) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const document = await getTranslatableDocument(decodeURIComponent(id));
  const untranslated = document && document.language !== locale && !document.translatedInto.includes(locale);
  return { locale, document: untranslated ? document : null };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/untranslated/[id]'>): Promise<Metadata> {
  const { locale, document } = await loadUntranslated(params);
  if (!document) notFound();
  const t = await getTranslations({ locale, namespace: 'UntranslatedNotice' });
  return pageMetadata({
    locale,
    path: untranslatedNoticePath(locale, document._id),
    noindex: true,
    siteName: await getSiteName(locale),
    title: t('title'),
    description: t('body', { language: languageName(document.language, locale) }),
  });
}

export default async function UntranslatedNotice({ params }: PageProps<'/[locale]/untranslated/[id]'>) {
  const { locale, document } = await loadUntranslated(params);
  if (!document) return <NotFoundPage locale={locale} />;
  const t = await getTranslations('UntranslatedNotice');
  const language = languageName(document.language, locale);
  const original = localeDefinition(document.language);
  const toggleTargets = localeCodes
    .filter((other) => other !== locale)
    .map((other) => ({
      locale: other,
      path: other === document.language ? localizedPath(document) : untranslatedNoticePath(other, document._id),
    }));
  return (
    <PageShell locale={locale} toggleTargets={toggleTargets} currentPath={untranslatedNoticePath(locale, document._id)}>
      <div className="prose">
        <h1>{t('title')}</h1>
        <p>{t('body', { language })}</p>
        <ul>
          <li>
            <Link href={resolveHref(document)} locale={document.language} hrefLang={original.hreflang}>
              {t.rich('readOriginal', {
                language,
                title: document.title,
                original: (chunks) => <span lang={original.hreflang}>{chunks}</span>,
              })}
            </Link>
          </li>
          <li>
            <Link href="/" locale={locale}>
              {t('home')}
            </Link>
          </li>
        </ul>
      </div>
    </PageShell>
  );
}
