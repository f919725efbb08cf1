import { Suspense } from 'react';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { Link } from '@/i18n/navigation';
import { templatePathWithoutLocale } from '@/i18n/routing';
import { homeToggleTargets } from '@/domain/urls';
import { PageShell } from '../PageShell/PageShell';

/** The page for an address that leads nowhere, in the site's frame, with the ways on GOV.UK's has. */
export async function NotFound({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <PageShell locale={locale} toggleTargets={homeToggleTargets(locale)} currentPath="">
      <div className="prose">
        <h1>{t('title')}</h1>
        <p>{t('body')}</p>
        <ul>
          <li>
            <Link href="/" locale={locale}>
              {t('home')}
            </Link>
          </li>
          <li>
            <Link href={templatePathWithoutLocale(locale, 'search')} locale={locale}>
              {t('search')}
            </Link>
          </li>
        </ul>
      </div>
    </PageShell>
  );
}

/**
 * What a page renders where its address leads nowhere: the not-found page in the HTML as served,
 * answered with status 404.
 *
 * A page that throws notFound() gets Next's empty error shell instead (no lang, no content until
 * JavaScript runs: vercel/next.js#62228), because React's server renderer has no error boundaries.
 * Thrown inside a Suspense boundary, the same error only marks that boundary for the browser and
 * sets the status, since Next completes the page before it answers. In the browser, the boundary's
 * error then reaches app/[locale]/not-found.tsx, which shows this same page.
 */
export function NotFoundPage({ locale }: { locale: Locale }) {
  return (
    <>
      <NotFound locale={locale} />
      <Suspense fallback={null}>
        <AnswerNotFound />
      </Suspense>
    </>
  );
}

function AnswerNotFound(): never {
  notFound();
}
