import 'server-only';
import { defineQuery } from 'groq';
import { cache } from 'react';
import { z } from 'zod';
import type { Locale } from '@/i18n/locales';
import { defineDocumentType } from '../lib/documentType';
import { documentIdBySlug } from '../lib/loaders';
import { calendarDate, cleaned, identifier, optional, optionalText, parseOrReport, text, tolerantList } from '../lib/parsing';
import { cachedQuery } from '../lib/source';
import { documentTag } from '../lib/tags';
import { translationsField, linkTargetFields, linkTargetModel, translationsModel } from './fields';
import { portableTextFields, portableTextModel } from './portableText';
import { libraryPublicationFields, libraryPublicationModel, publicationFields, publicationModel } from './publication';

/** A meeting the Department serves (MISPA, REMJA…), with its own page once it has a slug. */
export const meetingType = defineDocumentType({ name: 'meeting', localized: true, addressedBySlug: true });

/** A meeting's days, which also date the news items about it. */
export const meetingDaysFields = /* groq */ `_id, name, startDate, endDate`;

const meetingDaysShape = z.object({
  _id: identifier,
  name: text,
  startDate: calendarDate,
  endDate: optional(calendarDate),
});

export const endsAfterItStarts: [(meeting: { startDate: string; endDate?: string }) => boolean, { message: string; path: string[] }] = [
  (meeting) => !meeting.endDate || meeting.endDate >= meeting.startDate,
  { message: 'a meeting cannot end before it starts', path: ['endDate'] },
];

export const meetingDaysModel = meetingDaysShape.refine(...endsAfterItStarts);

/** A meeting as lists show it; `target` (its own page) is absent while it has no slug. */
const meetingSummaryFields = /* groq */ `
  ${meetingDaysFields},
  city,
  country,
  "target": select(defined(slug.current) => { ${linkTargetFields} })
`;

const meetingSummaryShape = meetingDaysShape.extend({
  city: text,
  country: optionalText,
  target: optional(linkTargetModel),
});

/** A meeting where a page lists it, with its outcomes. */
export const meetingFields = /* groq */ `
  ${meetingSummaryFields},
  "outcomes": outcomes[]->{ ${publicationFields} }
`;

export const meetingModel = meetingSummaryShape
  .extend({ outcomes: tolerantList(publicationModel, 'publication') })
  .refine(...endsAfterItStarts);
export type Meeting = z.output<typeof meetingModel>;

/** Every meeting of a language that has its own page, for the meetings list, static params and the sitemap. */
export const meetingIndexQuery = defineQuery(`*[_type == "meeting" && language == $locale && defined(slug.current)]{
  ${meetingSummaryFields},
  ${translationsField}
}`);

/** A meeting in the meetings list: no outcomes, always with its own page. */
export const meetingSummaryModel = meetingSummaryShape
  .extend({ target: linkTargetModel, translations: translationsModel })
  .refine(...endsAfterItStarts);
export type MeetingSummary = z.output<typeof meetingSummaryModel>;

export const meetingQuery = defineQuery(`*[_type == "meeting" && language == $locale && _id == $id][0]{
  ${linkTargetFields},
  ${meetingSummaryFields},
  body[]{ ${portableTextFields} },
  "outcomes": outcomes[]->{ ${libraryPublicationFields} },
  ${translationsField}
}`);

export const meetingPageModel = linkTargetModel
  .extend(meetingSummaryShape.shape)
  .extend({
    _type: cleaned(z.literal('meeting')),
    body: portableTextModel,
    outcomes: tolerantList(libraryPublicationModel, 'publication'),
    translations: translationsModel,
  })
  .refine(...endsAfterItStarts);
export type MeetingPage = z.output<typeof meetingPageModel>;

export const getMeetingIndex = cache(async (locale: Locale): Promise<MeetingSummary[]> =>
  tolerantList(meetingSummaryModel, 'meeting').parse(
    await cachedQuery(meetingIndexQuery, { locale }, [meetingType.listTag(locale)]),
  ),
);

/** The meeting at /<locale>/<meetings>/<slug>, or null for a slug no published meeting has. */
export const getMeeting = cache(async (locale: Locale, slug: string): Promise<MeetingPage | null> => {
  const id = await documentIdBySlug(meetingType, locale, slug);
  if (!id) return null;
  return parseOrReport(meetingPageModel, await cachedQuery(meetingQuery, { locale, id }, [documentTag(id)]), 'meeting');
});
