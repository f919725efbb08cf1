import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/PageShell/PageShell';
import { Link } from '@/i18n/navigation';
import { homePaths } from '@/sanity/lib/utils';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('NotFound');
  return { title: t('title') };
}

export default async function NotFound() {
  const locale = await getLocale();
  const t = await getTranslations('NotFound');
  return (
    <PageShell locale={locale} alternates={homePaths(locale)} currentPath="">
      <div className="prose">
        <h1>{t('title')}</h1>
        <p>{t('body')}</p>
        <p>
          <Link href="/" locale={locale}>
            {t('home')}
          </Link>
        </p>
      </div>
    </PageShell>
  );
}
