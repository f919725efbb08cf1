// The news template at /en/news.
// Generated from i18n/locales.ts by `npm run routes` (i18n/templateRoutes.test.ts): do not edit.
import * as view from '@/app/[locale]/_templates/news/feed.xml/route';

export const GET = view.GET;
export const dynamic = 'force-dynamic';
