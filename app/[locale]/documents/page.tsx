// The documents template at /en/documents.
// Generated from i18n/locales.ts by `npm run routes` (i18n/templateRoutes.test.ts): do not edit.
import * as view from '@/app/[locale]/_templates/documents/page';

export default view.default;
export const generateMetadata = view.generateMetadata;
