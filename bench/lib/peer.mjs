// The peer: a next-intl app set up as next-intl's example-app-router and its routing guide
// (next-intl.dev/docs/routing/setup) set one up, on the site's own versions: locale-prefixed
// routes under app/[locale], next-intl's proxy on its documented matcher, and pages made static
// with generateStaticParams and setRequestLocale. Issue 15 (goal 3) wants the site's static pages
// to serve at least twice its requests per second, measured side by side in one run.
import { buildScaffoldedApp, nextIntlConfig } from './scaffold.mjs';

const routing = `import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['en', 'es'],
  defaultLocale: 'en',
});
`;

const requestConfig = `import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(\`../messages/\${locale}.json\`)).default,
  };
});
`;

// The matcher is next-intl's documented one, character for character.
const proxy = `import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Match all pathnames except for
  // - … if they start with \`/api\`, \`/trpc\`, \`/_next\` or \`/_vercel\`
  // - … the ones containing a dot (e.g. \`favicon.ico\`)
  matcher: '/((?!api|trpc|_next|_vercel|.*\\\\..*).*)',
};
`;

const layout = `import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Layout' });
  return { title: t('title') };
}

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  // Enables static rendering
  setRequestLocale(locale);
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
`;

const homePage = `import { use } from 'react';
import { useTranslations } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

export default function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = use(params);
  setRequestLocale(locale);
  const t = useTranslations('Home');
  return (
    <main>
      <h1>{t('title')}</h1>
      <p>{t('lead')}</p>
    </main>
  );
}
`;

// A content-like page: a heading, a lead and a few paragraphs, set beside the site's content pages.
const aboutPage = `import { use } from 'react';
import { useTranslations } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';

const paragraphs = ['first', 'second', 'third'] as const;

export default function AboutPage({ params }: PageProps<'/[locale]/about'>) {
  const { locale } = use(params);
  setRequestLocale(locale);
  const t = useTranslations('About');
  return (
    <main>
      <h1>{t('title')}</h1>
      <p>{t('lead')}</p>
      {paragraphs.map((key) => (
        <p key={key}>{t(key)}</p>
      ))}
    </main>
  );
}
`;

const messages = {
  en: {
    Layout: { title: 'next-intl peer' },
    Home: { title: 'Public security', lead: 'A bilingual site on next-intl routing.' },
    About: {
      title: 'Prisons',
      lead: 'Penitentiary and prison policies in the Americas.',
      first: 'Member States meet to exchange experience on prison management and conditions.',
      second: 'Their conclusions and recommendations guide the work of the department.',
      third: 'Reports, handbooks and toolkits support the authorities that carry them out.',
    },
  },
  es: {
    Layout: { title: 'Par de next-intl' },
    Home: { title: 'Seguridad pública', lead: 'Un sitio bilingüe sobre el enrutamiento de next-intl.' },
    About: {
      title: 'Cárceles',
      lead: 'Políticas penitenciarias y carcelarias en las Américas.',
      first: 'Los Estados Miembros se reúnen para intercambiar experiencias sobre la gestión de las cárceles.',
      second: 'Sus conclusiones y recomendaciones orientan el trabajo del departamento.',
      third: 'Informes, manuales y herramientas apoyan a las autoridades que los aplican.',
    },
  },
};

/** Scaffolds, installs and builds the peer app in appDir (which must not exist yet). */
export function buildPeerApp(appDir, env) {
  return buildScaffoldedApp(
    appDir,
    {
      // Every page lives under app/[locale], whose layout is the root layout; the proxy sends /
      // to /en.
      remove: ['app/page.module.css', 'app/layout.tsx', 'app/page.tsx'],
      files: {
        'i18n/routing.ts': routing,
        'i18n/request.ts': requestConfig,
        'proxy.ts': proxy,
        'app/[locale]/layout.tsx': layout,
        'app/[locale]/page.tsx': homePage,
        'app/[locale]/about/page.tsx': aboutPage,
        'next.config.ts': nextIntlConfig,
        'messages/en.json': JSON.stringify(messages.en),
        'messages/es.json': JSON.stringify(messages.es),
      },
    },
    env,
  );
}
