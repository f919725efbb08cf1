import { getTranslations } from 'next-intl/server';
import type { SiteChrome } from '@/sanity/documentTypes/siteChrome';
import { UrlLink } from '../ContentLink/ContentLink';
import styles from './SiteFooter.module.css';

function telephoneHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

export async function SiteFooter({ chrome }: { chrome: SiteChrome | null }) {
  const t = await getTranslations('SiteFooter');
  const footer = chrome?.settings.footer;
  return (
    <footer className={styles.footer}>
      {footer ? (
        <div className={`container ${styles.columns}`}>
          <address className={styles.address}>
            {footer.addressLines.map((line) => (
              <span key={line}>{line}</span>
            ))}
            <span>
              {footer.phone.label}: <UrlLink url={telephoneHref(footer.phone.number)}>{footer.phone.number}</UrlLink>
            </span>
          </address>
          {footer.socialLinks.length > 0 ? (
            <nav aria-label={t('socialLinks')}>
              <ul className={styles.social}>
                {footer.socialLinks.map((link) => (
                  <li key={link._key}>
                    <UrlLink url={link.url}>{link.label}</UrlLink>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <p className={styles.copyright}>
            {t('copyright', { year: new Date().getUTCFullYear(), holder: footer.copyrightHolder })}
          </p>
        </div>
      ) : null}
    </footer>
  );
}
