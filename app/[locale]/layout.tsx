import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages } from 'next-intl/server';
import { localeCodes, localeDefinition } from '@/i18n/locales';
import { EditorPreview } from '@/sanity/lib/visualEditing';
import { siteMetadata } from '@/seo/metadata';
import { getSiteName } from '@/seo/siteName';
import '../globals.css';

export function generateStaticParams() {
  return localeCodes.map((locale) => ({ locale }));
}

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale();
  return siteMetadata({ locale, siteName: await getSiteName(locale) });
}

/** Client components get only the messages they use: today, the error page's. */
const clientNamespaces = ['ErrorPage'] as const;

/** Pages reject a first segment that is no language; the layout renders their not-found page. */
export default async function LocaleLayout({ children }: LayoutProps<'/[locale]'>) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  const clientMessages = Object.fromEntries(clientNamespaces.map((namespace) => [namespace, messages[namespace]]));
  return (
    <html lang={localeDefinition(locale).hreflang}>
      <body>
        <NextIntlClientProvider messages={clientMessages}>{children}</NextIntlClientProvider>
        <EditorPreview />
      </body>
    </html>
  );
}
