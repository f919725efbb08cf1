import { describe, expect, it } from 'vitest';
import { todayAsCalendarDate } from '@/i18n/dates';
import { splitMeetingsByDate } from './meetings';
import type { MeetingSummary } from '@/sanity/documentTypes/meeting';

const meeting = (_id: string, startDate: string, endDate?: string): MeetingSummary => ({
  _id,
  name: _id,
  startDate,
  endDate,
  city: 'Ciudad',
  country: undefined,
  target: { _id, _type: 'meeting', language: 'es', title: _id, pathSegments: [_id] },
  translations: [],
});

describe('splitMeetingsByDate', () => {
  const meetings = [
    meeting('old', '2003-10-16', '2003-10-17'),
    meeting('older', '2002-01-01'),
    meeting('under-way', '2026-11-28', '2026-11-30'),
    meeting('later', '2099-05-01'),
    meeting('soon', '2027-01-10', '2027-01-11'),
    meeting('ended-yesterday', '2026-11-27', '2026-11-28'),
  ];

  it('keeps a meeting under way among the upcoming ones, soonest first, and the past latest first', () => {
    const { upcoming, past } = splitMeetingsByDate(meetings, '2026-11-29');
    expect(upcoming.map((entry) => entry._id)).toEqual(['under-way', 'soon', 'later']);
    expect(past.map((entry) => entry._id)).toEqual(['ended-yesterday', 'old', 'older']);
  });

  it('counts a one-day meeting as upcoming on its day only', () => {
    expect(splitMeetingsByDate([meeting('day', '2026-11-29')], '2026-11-29').upcoming).toHaveLength(1);
    expect(splitMeetingsByDate([meeting('day', '2026-11-29')], '2026-11-30').past).toHaveLength(1);
  });
});

describe('todayAsCalendarDate', () => {
  it('is the date in Washington, D.C., not in UTC', () => {
    expect(todayAsCalendarDate(new Date('2026-03-01T03:00:00Z'))).toBe('2026-02-28');
    expect(todayAsCalendarDate(new Date('2026-03-01T12:00:00Z'))).toBe('2026-03-01');
  });
});
