import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { localeDefinition } from '@/i18n/locales';
import { routing, templatePath } from '@/i18n/routing';
import { getNewsList } from '@/sanity/documentTypes/newsArticle';
import { localizedPath } from '@/domain/urls';
import { newsFeedPath } from '@/seo/metadata';
import { feedItemLimit, rssFeed } from '@/seo/newsFeed';
import { getSiteName } from '@/seo/siteName';
import { absoluteUrl } from '@/seo/siteUrl';

/**
 * Run on every request (Next's default for GET route handlers since 15, said here so that no
 * segment option makes it static): the articles come through the data cache under the news
 * list's tag, so a publish shows in the feed as soon as the webhook revalidates that tag.
 */
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/news/feed.xml'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response(null, { status: 404 });
  const [articles, t, siteName] = await Promise.all([
    getNewsList(locale),
    getTranslations({ locale, namespace: 'NewsPage' }),
    getSiteName(locale),
  ]);
  const feed = rssFeed(
    {
      title: t('feedTitle', { siteName }),
      link: absoluteUrl(templatePath(locale, 'news')),
      self: absoluteUrl(newsFeedPath(locale)),
      description: t('description'),
      language: localeDefinition(locale).hreflang,
    },
    articles.slice(0, feedItemLimit).map((article) => ({
      title: article.title,
      link: absoluteUrl(localizedPath(article)),
      date: article.date,
      description: article.summary,
    })),
  );
  return new Response(feed, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
