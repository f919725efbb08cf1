import { localeCodes } from '@/i18n/locales';
import { documentTag, listTag, slugTag } from './tags';

/**
 * What the site's cache needs to know of a document type, declared once in its module under
 * sanity/documentTypes/: its loaders tag what they read with these tags, and the publish
 * webhook (webhook.ts) revalidates a change through the same declaration, so the two agree.
 */
export type DocumentTypeDeclaration<Name extends string = string> = {
  name: Name;
  /** One document per language with a `language` field; otherwise one document holds every language. */
  localized: boolean;
  /** Readers reach a document of the type at an address made from its slug. */
  addressedBySlug: boolean;
  /** One document per language, whose id is `<type>-<language>` (the Studio's singletons). */
  singleton?: boolean;
};

export function defineDocumentType<const Name extends string>(declaration: DocumentTypeDeclaration<Name>) {
  const { name, localized } = declaration;
  /** Every document of the type in a language (in every language, for a type that is not localized). */
  const typeListTag = (language?: string) => listTag(name, localized ? language : undefined);
  /** The documents of the type with this slug in a language: an address that may start or stop resolving. */
  const typeSlugTag = (language: string, slug: string) => slugTag(name, language, slug);
  return {
    ...declaration,
    listTag: typeListTag,
    /**
     * A singleton's document in a language, by its id: revalidated, like any document, when a
     * document it references changes (navigation linking a page, the home page featuring one).
     */
    singletonTag: (language: string) => documentTag(`${name}-${language}`),
    slugTag: typeSlugTag,
    /**
     * What a change to one document of the type makes stale, besides the documents that show it:
     * its lists in every language, and the addresses its slug had and has in its own.
     */
    tagsForChange(change: { language?: string | null; slug?: string | null; previousSlug?: string | null }): string[] {
      const slugs = declaration.addressedBySlug ? [change.slug, change.previousSlug].filter((slug) => slug != null) : [];
      // The same tags the type's loaders read under: one declaration for both. Every language's
      // list, since each entry of a list names its translations (the sitemap's alternates): an
      // English article unpublished must leave the Spanish list's alternates too.
      const listTags = localized ? localeCodes.map((code) => typeListTag(code)) : [typeListTag(undefined)];
      const { language } = change;
      const slugTags = language ? slugs.map((slug) => typeSlugTag(language, slug)) : [];
      return [...listTags, ...slugTags];
    },
  };
}
export type DocumentType = ReturnType<typeof defineDocumentType>;
