import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { getSiteChrome } from '@/sanity/documentTypes/siteChrome';
import type { ToggleTarget } from '@/domain/urls';
import { SiteFooter } from '../SiteFooter/SiteFooter';
import { SiteHeader } from '../SiteHeader/SiteHeader';

/**
 * Every page's frame, as GOV.UK's template has it: skip link first, then the header, one main
 * landmark, and the footer. Pages hand in the paths of their translations for the toggle.
 */
export async function PageShell({
  locale,
  toggleTargets,
  currentPath,
  children,
}: {
  locale: Locale;
  toggleTargets: ToggleTarget[];
  currentPath: string;
  children: ReactNode;
}) {
  const [chrome, t] = await Promise.all([getSiteChrome(locale), getTranslations('SkipLink')]);
  return (
    <>
      <a href="#main-content" className="skip-link">
        {t('label')}
      </a>
      <SiteHeader locale={locale} chrome={chrome} toggleTargets={toggleTargets} currentPath={currentPath} />
      <main id="main-content" tabIndex={-1} className="container main">
        {children}
      </main>
      <SiteFooter chrome={chrome} />
    </>
  );
}
