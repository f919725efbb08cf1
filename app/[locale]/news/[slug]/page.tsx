// The news template at /en/news.
// Generated from i18n/locales.ts by `npm run routes` (i18n/templateRoutes.test.ts): do not edit.
import { staticParamsAt } from '@/i18n/routing';
import * as view from '@/app/[locale]/_templates/news/[slug]/page';

export default view.default;
export const generateStaticParams = staticParamsAt('news', 'news', view.generateStaticParams);
export const generateMetadata = view.generateMetadata;
export const dynamicParams = true;
