import type { Metadata } from 'next';
import { createTranslator } from 'next-intl';
import { defaultLocale, localeDefinition, locales, type Locale } from '@/i18n/locales';
import './globals.css';

/**
 * For a path outside every language (a mistyped file name, say): the not-found text in each
 * language, each marked with its own, so no reader is left without one they can read.
 */
async function translatorFor(locale: Locale) {
  const messages = (await import(`../messages/${locale}.json`)).default;
  return createTranslator({ locale, messages, namespace: 'NotFound' });
}

export const metadata: Metadata = { robots: { index: false } };

export default async function GlobalNotFound() {
  const sections = await Promise.all(
    locales.map(async ({ code }) => ({ code, t: await translatorFor(code) })),
  );
  return (
    <html lang={localeDefinition(defaultLocale).hreflang}>
      <body>
        <main id="main-content" className="container main prose">
          {sections.map(({ code, t }) => (
            <section key={code} lang={localeDefinition(code).hreflang}>
              <h1>{t('title')}</h1>
              <p>{t('body')}</p>
              <p>
                <a href={`/${code}`}>{t('home')}</a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
