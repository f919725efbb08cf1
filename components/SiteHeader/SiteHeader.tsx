import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/locales';
import { templatePathWithoutLocale, templatePath } from '@/i18n/routing';
import type { NavigationLink, SiteChrome } from '@/sanity/documentTypes/siteChrome';
import { localizedPath } from '@/domain/urls';
import { InternalLink, UrlLink } from '../ContentLink/ContentLink';
import type { ToggleTarget } from '@/domain/urls';
import { LanguageToggle } from '../LanguageToggle/LanguageToggle';
import { SearchForm } from '../SearchForm/SearchForm';
import styles from './SiteHeader.module.css';

function NavigationItem({ link, locale, currentPath }: { link: NavigationLink; locale: Locale; currentPath: string }) {
  if (link.template) {
    const listPath = templatePath(locale, link.template);
    return (
      <Link href={templatePathWithoutLocale(locale, link.template)} locale={locale} aria-current={currentPath === listPath ? 'page' : undefined}>
        {link.label}
      </Link>
    );
  }
  if (link.internal) {
    return (
      <InternalLink target={link.internal} current={localizedPath(link.internal) === currentPath}>
        {link.label}
      </InternalLink>
    );
  }
  return link.url ? <UrlLink url={link.url}>{link.label}</UrlLink> : null;
}

/** A labelled list of navigation links: the main menu, or the Department's own links. */
function NavigationList({
  links,
  label,
  className,
  listClassName,
  locale,
  currentPath,
}: {
  links: NavigationLink[];
  label: string;
  className: string | undefined;
  listClassName?: string;
  locale: Locale;
  currentPath: string;
}) {
  if (links.length === 0) return null;
  return (
    <nav aria-label={label} className={className}>
      <ul className={listClassName}>
        {links.map((link) => (
          <li key={link._key}>
            <NavigationItem link={link} locale={locale} currentPath={currentPath} />
          </li>
        ))}
      </ul>
    </nav>
  );
}

export async function SiteHeader({
  locale,
  chrome,
  toggleTargets,
  currentPath,
}: {
  locale: Locale;
  chrome: SiteChrome | null;
  toggleTargets: ToggleTarget[];
  currentPath: string;
}) {
  const t = await getTranslations('SiteHeader');
  const settings = chrome?.settings;
  const navigation = chrome?.navigation;
  return (
    <header className={styles.header}>
      <div className={styles.topBar}>
        <div className={`container ${styles.topBarInner}`}>
          {settings ? (
            <p className={styles.organization}>
              {settings.organization.url ? (
                <UrlLink url={settings.organization.url}>{settings.organization.name}</UrlLink>
              ) : (
                settings.organization.name
              )}
            </p>
          ) : null}
          <LanguageToggle toggleTargets={toggleTargets} />
        </div>
      </div>
      {settings ? (
        <div className={`container ${styles.identity}`}>
          <p className={styles.hierarchy}>
            <span>{settings.generalSecretariat.name}</span>
            <span aria-hidden="true"> › </span>
            {settings.secretariat.url ? (
              <UrlLink url={settings.secretariat.url}>{settings.secretariat.name}</UrlLink>
            ) : (
              <span>{settings.secretariat.name}</span>
            )}
          </p>
          <p className={styles.department}>
            <Link href="/" locale={locale} aria-current={currentPath === `/${locale}` ? 'page' : undefined}>
              {settings.department.name}
            </Link>
          </p>
          <NavigationList
            links={navigation?.utility ?? []}
            label={t('utilityNavigation')}
            className={styles.utility}
            locale={locale}
            currentPath={currentPath}
          />
          <div className={styles.search}>
            <SearchForm locale={locale} variant="header" />
          </div>
        </div>
      ) : null}
      {navigation && (navigation.primary.length > 0 || navigation.utility.length > 0) ? (
        <details className={styles.menu}>
          <summary className="container">{t('menu')}</summary>
          <NavigationList
            links={navigation.primary}
            label={t('primaryNavigation')}
            className={styles.primary}
            listClassName="container"
            locale={locale}
            currentPath={currentPath}
          />
          {/* The Department's links again, shown here on small screens only (they sit beside its
              name on wide ones), where they would push the page's title below the first screen. */}
          <NavigationList
            links={navigation.utility}
            label={t('utilityNavigation')}
            className={styles.utilityInMenu}
            listClassName="container"
            locale={locale}
            currentPath={currentPath}
          />
        </details>
      ) : null}
    </header>
  );
}
