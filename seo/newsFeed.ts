import { stegaClean } from '@sanity/client/stega';

/** What an RSS 2.0 channel says about itself; every URL is absolute. */
export interface FeedChannel {
  title: string;
  link: string;
  /** The feed's own address, for `atom:link rel="self"`. */
  self: string;
  description: string;
  language: string;
}

export interface FeedItem {
  title: string;
  link: string;
  /** The publication date, a calendar date (YYYY-MM-DD); absent when none is known (RSS makes pubDate optional). */
  date?: string;
  description: string;
}

/** How many of the newest articles a feed carries: feed readers poll it, and keep what they saw. */
export const feedItemLimit = 20;

// Characters XML 1.0 does not allow at all, which an editor's paste could bring in.
const invalidXmlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** CMS text as XML character data: draft-mode stega marks and invalid characters removed, markup escaped. */
export function xmlText(value: string): string {
  return stegaClean(value)
    .replace(invalidXmlCharacters, '')
    .replace(/[&<>"']/g, (character) => xmlEntities[character] ?? character);
}

/** `2099-02-24` → `Thu, 24 Feb 2099 00:00:00 GMT`, the RFC 822 form RSS dates take. */
export function rfc822Date(calendarDate: string): string {
  const [year, month, day] = calendarDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).toUTCString();
}

/**
 * An RSS 2.0 document; items are given newest first. An item has a pubDate only if it has a
 * publication date, and the newest publication date dates the channel.
 */
export function rssFeed(channel: FeedChannel, items: FeedItem[]): string {
  const newest = items.flatMap((item) => (item.date ? [item.date] : [])).sort().at(-1);
  const entries = items.map(
    (item) => `    <item>
      <title>${xmlText(item.title)}</title>
      <link>${xmlText(item.link)}</link>
      <guid isPermaLink="true">${xmlText(item.link)}</guid>
${item.date ? `      <pubDate>${rfc822Date(item.date)}</pubDate>\n` : ''}      <description>${xmlText(item.description)}</description>
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${xmlText(channel.title)}</title>
    <link>${xmlText(channel.link)}</link>
    <atom:link href="${xmlText(channel.self)}" rel="self" type="application/rss+xml"/>
    <description>${xmlText(channel.description)}</description>
    <language>${xmlText(channel.language)}</language>
${newest ? `    <pubDate>${rfc822Date(newest)}</pubDate>\n` : ''}${entries.join('\n')}
  </channel>
</rss>
`;
}
