import { localeDefinition, type Locale } from './locales';

/**
 * Date-only values from the CMS ("2010-12-06") are calendar dates, not instants: they are
 * formatted in UTC so that a server in any time zone shows the same day.
 */
const calendarDateOptions: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
};

function parseCalendarDate(value: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${value}`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

function calendarDateFormat(locale: Locale): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(localeDefinition(locale).formattingLocale, calendarDateOptions);
}

/** `2010-12-06` → "December 6, 2010" / "6 de diciembre de 2010". */
export function formatCalendarDate(value: string, locale: Locale): string {
  return calendarDateFormat(locale).format(parseCalendarDate(value));
}

/** A range in the locale's own range format: "16–17 de octubre de 2003". */
export function formatCalendarDateRange(start: string, end: string | undefined, locale: Locale): string {
  if (!end || end === start) return formatCalendarDate(start, locale);
  return calendarDateFormat(locale).formatRange(parseCalendarDate(start), parseCalendarDate(end));
}

/** The Department's own time zone, in Washington, D.C.: what "today" means on the site. */
export const departmentTimeZone = 'America/New_York';

/** Today's date in the Department's time zone, as a calendar date: `2026-11-29`. */
export function todayAsCalendarDate(now: Date = new Date()): string {
  // Canadian English writes dates as ISO's YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: departmentTimeZone, dateStyle: 'short' }).format(now);
}
