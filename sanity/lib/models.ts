import { stegaClean } from '@sanity/client/stega';
import { z } from 'zod';
import { listTemplates, localeCodes, type ListTemplate, type Locale } from '@/i18n/locales';
import { publicationFileTypes, publicationKinds } from './enums';

/**
 * The shapes pages receive from the CMS. Every query result is parsed here: a document that
 * does not fit is logged with its _id and the failing path, and left out.
 */

export function reportInvalid(value: unknown, what: string, error: z.ZodError): void {
  const id =
    typeof value === 'object' && value !== null && '_id' in value ? String(value._id) : '(no _id)';
  const problems = error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  console.warn(`[content] Left out ${what} ${id}: ${problems.join('; ')}`);
}

/**
 * A list whose invalid entries are reported and dropped, so that one bad item never takes the
 * page down. Null entries are references to documents that are not published: dropped quietly.
 */
export function tolerantList<Item extends z.ZodType>(item: Item, what: string) {
  return z
    .array(z.unknown())
    .nullish()
    .transform((values) =>
      (values ?? []).flatMap((value): z.output<Item>[] => {
        if (value === null) return [];
        const parsed = item.safeParse(value);
        if (parsed.success) return [parsed.data];
        reportInvalid(value, what, parsed.error);
        return [];
      }),
    );
}

/**
 * Values the site computes with (ids, slugs, languages, dates, URLs, kinds) lose any stega marks
 * draft mode puts in CMS strings; only text readers see keeps them, for the Studio's overlays.
 */
const cleaned = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((value) => (typeof value === 'string' ? stegaClean(value) : value), schema);

const text = z.string().trim().min(1);
const identifier = cleaned(text);
const optionalText = text.nullish().transform((value) => value ?? undefined);
const calendarDate = cleaned(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));
export const localeModel = cleaned(z.enum(localeCodes as [Locale, ...Locale[]]));
export const languageTag = cleaned(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'expected a language tag'));

/** Schemes a reader can follow safely; anything else renders as plain text. */
export const safeUrl = cleaned(
  z
  .string()
  .trim()
  .refine((value) => /^(https?:\/\/[^\s]+|mailto:[^\s]+|tel:[+\d\s()-]+)$/i.test(value), {
    message: 'links must use http, https, mailto or tel',
  }),
);

export const linkTargetModel = z.object({
  _id: identifier,
  _type: cleaned(z.enum(['page', 'homePage', 'meeting', 'newsArticle'])),
  language: localeModel,
  title: text,
  pathSegments: z.array(cleaned(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slugs are lowercase words and dashes'))),
});
export type LinkTarget = z.output<typeof linkTargetModel>;

/** A navigation entry: an internal reference, one of the site's lists or an external URL. */
const linkModel = z
  .object({
    _key: text,
    label: text,
    url: safeUrl.nullish(),
    template: cleaned(z.enum(listTemplates as unknown as [ListTemplate, ...ListTemplate[]])).nullish(),
    internal: linkTargetModel.nullish(),
  })
  .transform(({ _key, label, url, template, internal }) => ({
    _key,
    label,
    url: url ?? undefined,
    template: template ?? undefined,
    internal: internal ?? undefined,
  }));
export type NavigationLink = z.output<typeof linkModel>;

/** Entries whose page does not exist (yet) are dropped so no link leads to a 404. */
const navigationList = (what: string) =>
  tolerantList(linkModel, what).transform((links) => links.filter((link) => link.internal || link.template || link.url));

const namedLink = z.object({ name: text, abbreviation: optionalText, url: safeUrl.nullish().transform((v) => v ?? undefined) });

export const siteChromeModel = z.object({
  settings: z.object({
    _id: text,
    organization: namedLink,
    generalSecretariat: namedLink,
    secretariat: namedLink,
    department: namedLink,
    footer: z.object({
      addressLines: z.array(text).min(1),
      phone: z.object({ label: text, number: text }),
      socialLinks: tolerantList(z.object({ _key: text, label: text, url: safeUrl }), 'social link'),
      copyrightHolder: text,
    }),
  }),
  navigation: z
    .object({
      _id: text,
      primary: navigationList('navigation link'),
      utility: navigationList('navigation link'),
    })
    .nullish()
    .transform((navigation) => navigation ?? { _id: '', primary: [], utility: [] }),
});
export type SiteChrome = z.output<typeof siteChromeModel>;

/** Portable Text stays as Sanity stores it; each block is checked for its basic shape. */
const portableTextBlock = z.looseObject({ _type: text, _key: text });
export const portableTextModel = tolerantList(portableTextBlock, 'Portable Text block');
export type PortableTextBlocks = z.output<typeof portableTextModel>;

export const publicationModel = z.object({
  _id: text,
  title: text,
  kind: cleaned(z.enum(publicationKinds)),
  publisher: text,
  year: z.number().int().min(1889).max(2100).nullish().transform((v) => v ?? undefined),
  authors: z.array(text).nullish().transform((v) => v ?? []),
  originalTitle: optionalText,
  originalLanguage: languageTag.nullish().transform((v) => v ?? undefined),
  url: safeUrl.nullish().transform((v) => v ?? undefined),
});
export type Publication = z.output<typeof publicationModel>;

const meetingSummaryShape = z.object({
  _id: text,
  name: text,
  startDate: calendarDate,
  endDate: calendarDate.nullish().transform((v) => v ?? undefined),
  city: text,
  country: optionalText,
  /** The meeting's own page, once it has a slug. */
  target: linkTargetModel.nullish().transform((v) => v ?? undefined),
});

const endsAfterItStarts: [(meeting: { startDate: string; endDate?: string }) => boolean, { message: string; path: string[] }] = [
  (meeting) => !meeting.endDate || meeting.endDate >= meeting.startDate,
  { message: 'a meeting cannot end before it starts', path: ['endDate'] },
];

export const meetingModel = meetingSummaryShape
  .extend({ outcomes: tolerantList(publicationModel, 'publication') })
  .refine(...endsAfterItStarts);
export type Meeting = z.output<typeof meetingModel>;

/** A document's translations, its own language included; `target` is absent until one is published. */
const translationsModel = tolerantList(
  z.object({ language: cleaned(z.string()), target: linkTargetModel.nullish().transform((v) => v ?? undefined) }),
  'translation',
);

const seoFields = {
  seoTitle: optionalText,
  seoDescription: optionalText,
  lastUpdated: calendarDate.nullish().transform((v) => v ?? undefined),
};

export const pageModel = linkTargetModel.extend({
  _type: cleaned(z.literal('page')),
  summary: optionalText,
  ...seoFields,
  body: portableTextModel,
  breadcrumbs: tolerantList(linkTargetModel, 'breadcrumb'),
  section: linkTargetModel
    .extend({
      children: tolerantList(
        linkTargetModel.extend({ navigationOrder: z.number().nullish().transform((v) => v ?? undefined) }),
        'section page',
      ),
    })
    .nullish()
    .transform((v) => v ?? undefined),
  relatedMeetings: tolerantList(meetingModel, 'meeting'),
  relatedPublications: tolerantList(publicationModel, 'publication'),
  translations: translationsModel,
});
export type Page = z.output<typeof pageModel>;

export const homePageModel = z.object({
  _id: text,
  _type: cleaned(z.literal('homePage')),
  language: localeModel,
  title: text,
  ...seoFields,
  intro: portableTextModel,
  featured: tolerantList(linkTargetModel.extend({ summary: optionalText }), 'featured page'),
});
export type HomePage = z.output<typeof homePageModel>;

const indexedDocumentShape = linkTargetModel.extend({ translations: translationsModel });

function withPublishedLanguages<Document extends z.output<typeof indexedDocumentShape>>(document: Document) {
  return {
    ...document,
    /** The languages the document is published in, its own included. */
    translatedInto: document.translations.flatMap(({ language, target }) => (target ? [language] : [])),
  };
}

export const indexedDocumentModel = indexedDocumentShape.transform(withPublishedLanguages);
export type IndexedDocument = z.output<typeof indexedDocumentModel>;

export const redirectModel = z.object({
  _id: text,
  permanent: z.boolean().nullish().transform((v) => v ?? true),
  toPath: z
    .string()
    .regex(/^\/[^\s]*$/, 'a path on this site')
    .nullish()
    .transform((v) => v ?? undefined),
  target: linkTargetModel.nullish().transform((v) => v ?? undefined),
});

/** The meeting a news item is about: its days date the item for readers, never as a publication date. */
const newsMeetingModel = z
  .object({
    _id: identifier,
    name: text,
    startDate: calendarDate,
    endDate: calendarDate.nullish().transform((v) => v ?? undefined),
  })
  .refine(...endsAfterItStarts);

const newsEntryFields = {
  _type: cleaned(z.literal('newsArticle')),
  /**
   * The day the item was published, where one is known: the only date the site sends to search
   * engines and feed readers as a publication date. Items about a meeting may have none.
   */
  date: calendarDate.nullish().transform((v) => v ?? undefined),
  meeting: newsMeetingModel.nullish().transform((v) => v ?? undefined),
  summary: text,
};

/** An item with neither date nor meeting could show readers no date at all: it is left out. */
const isDated: [(entry: { date?: string; meeting?: unknown }) => boolean, { message: string; path: string[] }] = [
  (entry) => Boolean(entry.date ?? entry.meeting),
  { message: 'a news item needs a publication date or the meeting it is about', path: ['date'] },
];

/** An article as the news list and the feed show it. */
export const newsEntryModel = linkTargetModel.extend(newsEntryFields).refine(...isDated);
export type NewsEntry = z.output<typeof newsEntryModel>;

export const newsArticleModel = linkTargetModel
  .extend({
    ...newsEntryFields,
    seoTitle: seoFields.seoTitle,
    seoDescription: seoFields.seoDescription,
    body: portableTextModel,
    translations: translationsModel,
  })
  .refine(...isDated);
export type NewsArticle = z.output<typeof newsArticleModel>;

/** The day a news item is filed under in lists: its publication date, else its meeting's last day. */
export function newsItemDay(entry: Pick<NewsEntry, 'date' | 'meeting'>): string {
  return entry.date ?? entry.meeting?.endDate ?? entry.meeting?.startDate ?? '';
}

/** An article in the index of pages (static params, sitemap): only one the list would show. */
export const indexedNewsArticleModel = indexedDocumentShape
  .extend(newsEntryFields)
  .refine(...isDated)
  .transform(withPublishedLanguages);

/** A publication as the documents library lists it: what it is written in, and its file's type and size. */
export const libraryPublicationModel = publicationModel.extend({
  documentLanguage: languageTag.nullish().transform((v) => v ?? undefined),
  fileType: cleaned(z.enum(publicationFileTypes)).nullish().transform((v) => v ?? undefined),
  fileSize: z.number().int().positive().nullish().transform((v) => v ?? undefined),
});
export type LibraryPublication = z.output<typeof libraryPublicationModel>;

/** A meeting in the meetings list: no outcomes, always with its own page. */
export const meetingSummaryModel = meetingSummaryShape
  .extend({ target: linkTargetModel, translations: translationsModel })
  .refine(...endsAfterItStarts);
export type MeetingSummary = z.output<typeof meetingSummaryModel>;

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

/** A Member State as the list shows it: named in the reader's language, filed by its sort name. */
export const memberStateModel = z
  .object({
    _id: text,
    isoCode: cleaned(z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code')),
    name: text,
    sortName: optionalText,
    statusNote: optionalText,
  })
  .transform(({ sortName, ...state }) => ({ ...state, sortName: sortName ?? state.name }));
export type MemberState = z.output<typeof memberStateModel>;

/** The Member States block of a page body; a state without a name in the reader's language is left out. */
export const memberStatesListModel = z.object({
  _key: text,
  states: tolerantList(memberStateModel, 'member state'),
});

/** Text that search reads and readers never edit here: stega marks would split its words. */
const searchableText = cleaned(z.string()).nullish().transform((value) => value?.replace(/\s+/g, ' ').trim() ?? '');

/**
 * A document as site search sees it: its title, all its text in one string, and where a result
 * links: a page, news article or meeting to its own address, a publication to its URL if it has
 * one (otherwise the caller links the documents library).
 */
export const searchDocumentModel = linkTargetModel
  .extend({
    _type: cleaned(z.enum(['page', 'newsArticle', 'meeting', 'publication'])),
    title: cleaned(text),
    summary: searchableText,
    bodyText: searchableText,
    details: z.array(searchableText).nullish(),
    authors: z.array(searchableText).nullish(),
    url: safeUrl.nullish().transform((v) => v ?? undefined),
  })
  .transform(({ summary, bodyText, details, authors, url, _type, ...target }) => ({
    _id: target._id,
    _type,
    title: target.title,
    text: [summary, bodyText, [...(details ?? []), ...(authors ?? [])].filter(Boolean).join(', ')]
      .filter(Boolean)
      .join(' '),
    link:
      _type === 'publication'
        ? ({ kind: 'publication', url } as const)
        : ({ kind: 'document', target: { ...target, _type } satisfies LinkTarget } as const),
  }));
export type SearchDocument = z.output<typeof searchDocumentModel>;
