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

/**
 * Where each language's version can be read: an uploaded file, whose type and size come from its
 * asset, or an address elsewhere, whose type and size the editor gave.
 */
export const publicationVersionsField = /* groq */ `
  "versions": versions[]{
    _key,
    language,
    "url": coalesce(file.asset->url, url),
    "extension": file.asset->extension,
    "assetSize": file.asset->size,
    fileType,
    fileSize
  }
`;

const publicationVersionModel = z
  .object({
    _key: text,
    language: languageTag,
    url: safeUrl,
    extension: optional(cleaned(z.string().regex(/^[A-Za-z0-9]{1,10}$/, 'a file extension'))),
    assetSize: optional(z.number().int().positive()),
    fileType: optional(cleaned(z.enum(publicationFileTypes))),
    fileSize: optional(z.number().int().positive()),
  })
  .transform(({ _key, language, url, extension, assetSize, fileType, fileSize }) => ({
    _key,
    language,
    url,
    /** An uploaded file's own; never what an editor typed beside it. */
    format: extension ? extension.toUpperCase() : fileType,
    size: extension ? assetSize : fileSize,
  }));
export type PublicationVersion = z.output<typeof publicationVersionModel>;
export const publicationVersionsModel = tolerantList(publicationVersionModel, 'publication version');

export const publicationFields = /* groq */ `
  _id,
  title,
  kind,
  publisher,
  year,
  authors,
  originalTitle,
  originalLanguage,
  ${publicationVersionsField}
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
  versions: publicationVersionsModel,
});
export type Publication = z.output<typeof publicationModel>;

/** What the documents library shows and filters by. */
export const libraryPublicationFields = /* groq */ `
  ${publicationFields},
  documentLanguage
`;

/**
 * A publication as the documents library lists it, with the languages it can be read in: its
 * versions', or, for one not online, the language the editor says it is written in.
 */
export const libraryPublicationModel = publicationModel
  .extend({ documentLanguage: optional(languageTag) })
  .transform(({ documentLanguage, ...publication }) => ({
    ...publication,
    documentLanguages:
      publication.versions.length > 0
        ? [...new Set(publication.versions.map((version) => version.language))]
        : documentLanguage
          ? [documentLanguage]
          : [],
  }));
export type LibraryPublication = z.output<typeof libraryPublicationModel>;

/** Every publication of a language: the documents library filters, sorts and pages it. */
export const libraryQuery = defineQuery(`*[_type == "publication" && language == $locale]{ ${libraryPublicationFields} }`);

export const getLibrary = cache(async (locale: Locale): Promise<LibraryPublication[]> =>
  tolerantList(libraryPublicationModel, 'publication').parse(
    await cachedQuery(libraryQuery, { locale }, [publicationType.listTag(locale)]),
  ),
);
