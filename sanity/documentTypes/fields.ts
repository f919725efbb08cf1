import { z } from 'zod';
import { ancestorDereferences } from '../lib/pageTree';
import { calendarDate, cleaned, identifier, localeModel, optional, optionalText, text, tolerantList } from '../lib/parsing';

/**
 * Fragments every document type shares, each as a GROQ projection beside its model: what a link
 * to a document needs (type, language, title, path), a document's translations, and the fields
 * for search engines.
 */

/**
 * Pages nest up to maxPageDepth deep (pageTree.ts); meetings and news articles sit under their
 * list's localized segment (domain/urls.ts).
 */
export const linkTargetFields = /* groq */ `
  _id,
  _type,
  language,
  "title": coalesce(title, name),
  "pathSegments": select(
    _type == "page" => array::compact([${ancestorDereferences.map((ancestor) => `${ancestor}slug.current, `).join('')}slug.current]),
    _type in ["meeting", "newsArticle"] => array::compact([slug.current]),
    []
  )
`;

export const linkTargetModel = z.object({
  _id: identifier,
  _type: cleaned(z.enum(['page', 'homePage', 'meeting', 'newsArticle'])),
  language: localeModel,
  title: text,
  pathSegments: z.array(cleaned(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slugs are lowercase words and dashes'))),
});
export type LinkTarget = z.output<typeof linkTargetModel>;

/** A document's translations, its own language included, from the plugin's translation.metadata. */
export const translationsField = /* groq */ `
  "translations": *[_type == "translation.metadata" && references(^._id)][0].translations[]{
    "language": coalesce(language, _key),
    "target": value->{ ${linkTargetFields} }
  }
`;

/** `target` is absent until the translation is published. */
export const translationsModel = tolerantList(
  z.object({ language: cleaned(z.string()), target: optional(linkTargetModel) }),
  'translation',
);

/** A document in the index of a type's documents (static params, the sitemap, the language toggle). */
export const indexedDocumentFields = /* groq */ `${linkTargetFields}, ${translationsField}`;

export const indexedDocumentShape = linkTargetModel.extend({ translations: translationsModel });

export function withPublishedLanguages<Document extends z.output<typeof indexedDocumentShape>>(document: Document) {
  return {
    ...document,
    /** The languages the document is published in, its own included. */
    translatedInto: document.translations.flatMap(({ language, target }) => (target ? [language] : [])),
  };
}

export const indexedDocumentModel = indexedDocumentShape.transform(withPublishedLanguages);
export type IndexedDocument = z.output<typeof indexedDocumentModel>;

/** What search engines and link previews show of a document, where an editor sets it. */
export const seoModelFields = { seoTitle: optionalText, seoDescription: optionalText };

/** The day a page's content was last reviewed, shown as "Last updated". */
export const lastUpdatedModel = optional(calendarDate);
