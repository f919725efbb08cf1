// The search template at /en/search.
// Generated from i18n/locales.ts by `npm run routes` (i18n/templateRoutes.test.ts): do not edit.
import * as view from '@/app/[locale]/_templates/search/page';

export default view.default;
export const generateMetadata = view.generateMetadata;
