import type { Meeting, MeetingSummary } from '@/sanity/documentTypes/meeting';

/** "Valdivia, Chile", but "Santiago de Chile" rather than "Santiago de Chile, Chile". */
export function placeOf({ city, country }: Pick<Meeting, 'city' | 'country'>): string {
  return country && !city.includes(country) ? `${city}, ${country}` : city;
}

/**
 * Meetings still to come (or under way) today, soonest first, and those already over, latest
 * first. `today` is a calendar date (YYYY-MM-DD), so comparing strings compares days.
 */
export function splitMeetingsByDate(meetings: MeetingSummary[], today: string) {
  const lastDay = (meeting: MeetingSummary) => meeting.endDate ?? meeting.startDate;
  const byStart = (a: MeetingSummary, b: MeetingSummary) => a.startDate.localeCompare(b.startDate);
  return {
    upcoming: meetings.filter((meeting) => lastDay(meeting) >= today).sort(byStart),
    past: meetings.filter((meeting) => lastDay(meeting) < today).sort((a, b) => byStart(b, a)),
  };
}
