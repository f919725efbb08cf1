import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatCalendarDateRange } from './dates';

describe('calendar dates', () => {
  it('formats the source page date in each language', () => {
    expect(formatCalendarDate('2010-12-06', 'en')).toBe('December 6, 2010');
    expect(formatCalendarDate('2010-12-06', 'es')).toBe('6 de diciembre de 2010');
  });

  it('formats ranges in the locale range format', () => {
    expect(formatCalendarDateRange('2003-10-16', '2003-10-17', 'es')).toBe('16–17 de octubre de 2003');
    expect(formatCalendarDateRange('2003-10-16', '2003-10-17', 'en')).toMatch(/^October 16\s?–\s?17, 2003$/);
    expect(formatCalendarDateRange('2008-08-26', '2008-08-28', 'en')).toMatch(/^August 26\s?–\s?28, 2008$/);
  });

  it('shows a single day when the range has no end', () => {
    expect(formatCalendarDateRange('2010-11-18', undefined, 'en')).toBe('November 18, 2010');
  });

  it('rejects values that are not calendar dates', () => {
    expect(() => formatCalendarDate('2010-12-06T00:00:00Z', 'en')).toThrow(RangeError);
  });

  // A date-only value must not move a day on servers east or west of UTC. Node applies a change
  // of process.env.TZ at once, which the offset check below proves for each zone.
  it.each([
    ['America/New_York', 300],
    ['Asia/Tokyo', -540],
  ])('keeps the same calendar day under TZ=%s', (timeZone, offsetInDecember) => {
    const original = process.env.TZ;
    process.env.TZ = timeZone;
    try {
      expect(new Date(2010, 11, 6).getTimezoneOffset()).toBe(offsetInDecember);
      expect(formatCalendarDate('2010-12-06', 'en')).toBe('December 6, 2010');
      expect(formatCalendarDate('2010-12-06', 'es')).toBe('6 de diciembre de 2010');
      expect(formatCalendarDateRange('2003-10-16', '2003-10-17', 'es')).toBe('16–17 de octubre de 2003');
    } finally {
      process.env.TZ = original;
    }
  });
});
