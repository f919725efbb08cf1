import 'server-only';
import { defineQuery } from 'groq';
import { cache } from 'react';
import { z } from 'zod';
import type { Locale } from '@/i18n/locales';
import { defineDocumentType } from '../lib/documentType';
import { publicationFileTypes, publicationKinds } from '../lib/enums';
import { cleaned, languageTag, optional, safeUrl, text, tolerantList } from '../lib/parsing';
import { cachedQuery } from '../lib/source';

/** A publication: a document the Department published or took part in, listed in the documents library. */
export const publicationType = defineDocumentType({ name: 'publication', localized: true, addressedBySlug: false });

export const publicationFields = /* groq */ `
  _id,
  title,
  kind,
  publisher,
  year,
  authors,
  originalTitle,
  originalLanguage,
  url
`;

export const publicationModel = z.object({
  _id: text,
  title: text,
  kind: cleaned(z.enum(publicationKinds)),
  publisher: text,
  year: optional(z.number().int().min(1889).max(2100)),
  authors: z.array(text).nullish().transform((v) => v ?? []),
  originalTitle: optional(text),
  originalLanguage: optional(languageTag),
  url: optional(safeUrl),
});
export type Publication = z.output<typeof publicationModel>;

/** What the documents library shows and filters by; an uploaded file stands in for a missing link. */
export const libraryPublicationFields = /* groq */ `
  ${publicationFields},
  "url": coalesce(url, file.asset->url),
  documentLanguage,
  fileType,
  fileSize
`;

/** A publication as the documents library lists it: what it is written in, and its file's type and size. */
export const libraryPublicationModel = publicationModel.extend({
  documentLanguage: optional(languageTag),
  fileType: optional(cleaned(z.enum(publicationFileTypes))),
  fileSize: optional(z.number().int().positive()),
});
export type LibraryPublication = z.output<typeof libraryPublicationModel>;

/** Every publication of a language: the documents library filters, sorts and pages it. */
export const libraryQuery = defineQuery(`*[_type == "publication" && language == $locale]{ ${libraryPublicationFields} }`);

export const getLibrary = cache(async (locale: Locale): Promise<LibraryPublication[]> =>
  tolerantList(libraryPublicationModel, 'publication').parse(
    await cachedQuery(libraryQuery, { locale }, [publicationType.listTag(locale)]),
  ),
);
