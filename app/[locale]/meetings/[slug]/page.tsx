// The meetings template at /en/meetings.
// Generated from i18n/locales.ts by `npm run routes` (i18n/templateRoutes.test.ts): do not edit.
import { staticParamsAt } from '@/i18n/routing';
import * as view from '@/app/[locale]/_templates/meetings/[slug]/page';

export default view.default;
export const generateStaticParams = staticParamsAt('meetings', 'meetings', view.generateStaticParams);
export const generateMetadata = view.generateMetadata;
export const dynamicParams = true;
