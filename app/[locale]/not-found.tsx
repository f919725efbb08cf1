import { getLocale, getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/PageShell/PageShell';
import { Link } from '@/i18n/navigation';
import { homePaths } from '@/sanity/lib/utils';

export default async function NotFound() {
  const locale = await getLocale();
  const t = await getTranslations('NotFound');
  return (
    <PageShell locale={locale} alternates={homePaths(locale)} currentPath="">
      <title>{t('title')}</title>
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
