// The untranslated template at /en/untranslated.
// Generated from i18n/locales.ts by `npm run routes` (i18n/templateRoutes.test.ts): do not edit.
import { staticParamsAt } from '@/i18n/routing';
import * as view from '@/app/[locale]/_templates/untranslated/[id]/page';

export default view.default;
export const generateStaticParams = staticParamsAt('untranslated', 'untranslated', view.generateStaticParams);
export const generateMetadata = view.generateMetadata;
