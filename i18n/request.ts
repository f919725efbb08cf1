import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { locale as rootLocale } from 'next/root-params';
import { routing } from './routing';

export default getRequestConfig(async ({ locale: explicitLocale }) => {
  const requested = explicitLocale ?? (await rootLocale());
  if (!hasLocale(routing.locales, requested)) notFound();
  return {
    locale: requested,
    messages: (await import(`../messages/${requested}.json`)).default,
    // Date-only values are formatted as calendar dates (see i18n/dates.ts); anything with a time
    // is shown in the Department's own time zone, never the server's.
    timeZone: 'America/New_York',
  };
});
