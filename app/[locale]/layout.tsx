import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { localeCodes, localeDefinition } from '@/i18n/locales';
import { routing } from '@/i18n/routing';
import '../globals.css';

export function generateStaticParams() {
  return localeCodes.map((locale) => ({ locale }));
}

/** Client components get only the messages they use: today, the error page's. */
const clientNamespaces = ['ErrorPage'] as const;

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const messages = await getMessages();
  const clientMessages = Object.fromEntries(clientNamespaces.map((namespace) => [namespace, messages[namespace]]));
  return (
    <html lang={localeDefinition(locale).hreflang}>
      <body>
        <NextIntlClientProvider messages={clientMessages}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
