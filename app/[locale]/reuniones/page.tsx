// The meetings template at /es/reuniones.
// Generated from i18n/locales.ts by `npm run routes` (i18n/templateRoutes.test.ts): do not edit.
import * as view from '@/app/[locale]/_templates/meetings/page';

export default view.default;
export const generateMetadata = view.generateMetadata;
export const revalidate = 3600;
