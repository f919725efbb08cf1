import { stegaClean } from '@sanity/client/stega';
import { placeOf } from '@/domain/meetings';
import type { MeetingPage } from '@/sanity/documentTypes/meeting';
import type { SiteChrome } from '@/sanity/documentTypes/siteChrome';

/** The Department as schema.org describes it, from the site settings of one language. */
export function departmentJsonLd(settings: SiteChrome['settings'], homeUrl: string) {
  const { department, organization, footer } = settings;
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: department.name,
    alternateName: department.abbreviation,
    url: homeUrl,
    address: footer.addressLines.join(', '),
    telephone: footer.phone.number,
    parentOrganization: {
      '@type': 'Organization',
      name: organization.name,
      alternateName: organization.abbreviation,
      url: organization.url,
    },
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element. Every `<` is written as \u003c (the
 * same character to a JSON reader), so no CMS string can close the element or open a comment.
 */
export function serializeJsonLd(value: unknown): string {
  // Draft-mode stega marks in CMS strings are removed too: JSON-LD is for machines.
  return JSON.stringify(stegaClean(value)).replaceAll('<', '\\u003c');
}

/**
 * A news article as schema.org describes it, published by the Department. `datePublished` is
 * the article's publication date, and only that: an item about a meeting that has none is sent
 * without one rather than with the meeting's days.
 */
export function newsArticleJsonLd(
  article: { title: string; date?: string; summary: string; language: string },
  publisher: SiteChrome['settings']['department'],
  url: string,
  homeUrl: string,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    ...(article.date ? { datePublished: article.date } : {}),
    inLanguage: article.language,
    url,
    mainEntityOfPage: url,
    publisher: {
      '@type': 'GovernmentOrganization',
      name: publisher.name,
      alternateName: publisher.abbreviation,
      url: homeUrl,
    },
  };
}

/** A meeting as a schema.org Event: its days (calendar dates, as ISO 8601 has them) and its place. */
export function meetingJsonLd(meeting: Pick<MeetingPage, 'name' | 'startDate' | 'endDate' | 'city' | 'country' | 'language'>, url: string) {
  const { name, startDate, endDate, city, country, language } = meeting;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name,
    startDate,
    endDate: endDate ?? startDate,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    inLanguage: language,
    url,
    location: {
      '@type': 'Place',
      name: placeOf(meeting),
      address: { '@type': 'PostalAddress', addressLocality: city, addressCountry: country },
    },
  };
}
