import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { locale as rootLocale } from 'next/root-params';
import { departmentTimeZone } from './dates';
import { routing } from './routing';

export default getRequestConfig(async ({ locale: explicitLocale }) => {
  const requested = explicitLocale ?? (await rootLocale());
  // A first segment that is no language (/api/x, /favicon.ico) still renders the not-found page:
  // in the default language, since the reader chose none.
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    // Date-only values are formatted as calendar dates (see i18n/dates.ts); anything with a time
    // is shown in the Department's own time zone, never the server's.
    timeZone: departmentTimeZone,
  };
});
