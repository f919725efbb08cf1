import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { NotFound } from '@/components/NotFound/NotFound';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('NotFound');
  return { title: t('title') };
}

/** A notFound() thrown in the browser (NotFoundPage's, or a link to an unknown page) lands here. */
export default async function NotFoundBoundary() {
  return <NotFound locale={await getLocale()} />;
}
