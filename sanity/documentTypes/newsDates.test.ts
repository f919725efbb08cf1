import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '@/i18n/locales';
import { newsArticleJsonLd } from '@/seo/jsonLd';
import { collectWarnings, importContentLayer, readEmbeddedSourceWith } from '../lib/testing';

/**
 * Issue 12: the bundled news items are about meetings, and no source gives the day any of them
 * was published. Search engines take a NewsArticle's dates as its publication date, so the
 * JSON-LD may carry a date only where the dataset gives the item one as `date`.
 */
const fixtures = 'sanity/lib/__fixtures__/news.ndjson';
type NewsDocument = { _id: string; _type: string; date?: string; meeting?: { _ref: string } };
const newsIn = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as NewsDocument)
    .filter((document) => document._type === 'newsArticle');
const bundled = newsIn('sanity/dataset/production.ndjson');
const publicationDates = new Map([...bundled, ...newsIn(fixtures)].map((document) => [document._id, document.date]));

async function contentLayer() {
  readEmbeddedSourceWith(fixtures);
  return importContentLayer();
}

const department = { name: 'Department of Public Security', abbreviation: 'DPS', url: undefined };
const calendarDates = /\d{4}-\d{2}-\d{2}/g;

collectWarnings();

describe('news dates', () => {
  it('the bundled items are about a meeting, with no publication date of their own', () => {
    expect(bundled).toHaveLength(18);
    for (const item of bundled) {
      expect(item.date, item._id).toBeUndefined();
      expect(item.meeting?._ref, item._id).toMatch(/^meeting-/);
    }
  });

  it('the JSON-LD of every news item carries no date but the publication date the dataset gives it', async () => {
    const { getNewsArticle, getNewsIndex } = await contentLayer();
    let checked = 0;
    for (const locale of localeCodes) {
      for (const { pathSegments } of await getNewsIndex(locale)) {
        const article = await getNewsArticle(locale, pathSegments[0] ?? '');
        expect(article).not.toBeNull();
        const jsonLd = newsArticleJsonLd(article!, department, 'https://dps.example.org/a', 'https://dps.example.org');
        const given = publicationDates.get(article!._id);
        expect(JSON.stringify(jsonLd).match(calendarDates) ?? [], article!._id).toEqual(given ? [given] : []);
        expect('datePublished' in jsonLd, article!._id).toBe(Boolean(given));
        checked += 1;
      }
    }
    // The 18 bundled items and the fixtures' dated ones.
    expect(checked).toBeGreaterThan(18);
  });

  it('dates an item about a meeting by the meeting, and files it under the meeting’s last day', async () => {
    const { getNewsList } = await contentLayer();
    const entries = await getNewsList('en');
    const valdivia = entries.find((entry) => entry._id === 'newsArticle-prisons-2-2008-en');
    expect(valdivia?.date).toBeUndefined();
    expect(valdivia?.meeting).toMatchObject({ _id: 'meeting-prisons-2-en', startDate: '2008-08-26', endDate: '2008-08-28' });
    const bundledOrder = entries.filter((entry) => entry._id.endsWith('-en') && entry.meeting).map((entry) => entry._id);
    expect(bundledOrder.slice(0, 3)).toEqual([
      'newsArticle-prisons-5-2025-en',
      'newsArticle-prisons-4-2020-en',
      'newsArticle-prisons-3-2012-en',
    ]);
    expect(bundledOrder.at(-1)).toBe('newsArticle-prisons-1-2003-en');
  });
});
