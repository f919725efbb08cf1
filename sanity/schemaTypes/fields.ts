import { defineField } from 'sanity';
import { locales } from '../../i18n/locales';

/** The language of a document, from the one locale list; set by its template, never edited. */
export const languageField = defineField({
  name: 'language',
  title: 'Language',
  type: 'string',
  description: 'Set when the document is created in a language; the translations menu links it to its other versions.',
  readOnly: true,
  options: { list: locales.map((locale) => ({ title: locale.nativeName, value: locale.code })) },
  validation: (rule) => rule.required(),
});

/**
 * When this language's content last changed in a way its other languages should follow: set by
 * Publish (sanity/studio/translationStamp.ts), read by the "Translation may be out of date" list.
 */
export const contentUpdatedAtField = defineField({
  name: 'contentUpdatedAt',
  title: 'Content updated',
  type: 'datetime',
  description: 'Set when the document is published; the other languages are compared with it.',
  readOnly: true,
  hidden: true,
});

export const lastUpdatedField = defineField({
  name: 'lastUpdated',
  title: 'Last updated',
  type: 'date',
  description: 'Shown to readers as "Last updated". Change it when the content changes in substance.',
});

export const seoFields = [
  defineField({
    name: 'seoTitle',
    title: 'Title for search engines',
    type: 'string',
    description: 'Optional. Replaces the title in the browser tab and search results. At most 60 characters.',
    validation: (rule) => rule.max(60),
  }),
  defineField({
    name: 'seoDescription',
    title: 'Description for search engines',
    type: 'text',
    rows: 3,
    description: 'Optional. One or two sentences shown in search results. At most 160 characters.',
    validation: (rule) => rule.max(160),
  }),
];

/** List previews show the title, then the type and language: "Page · ES". */
export function previewWithLanguage(typeTitle: string, titleField = 'title') {
  return {
    select: { title: titleField, language: 'language' },
    prepare: ({ title, language }: { title?: string; language?: string }) => ({
      title: title ?? '—',
      subtitle: [typeTitle, language?.toUpperCase()].filter(Boolean).join(' · '),
    }),
  };
}

/** The required title every titled document has, with what it is for and how long it may be. */
export function titleField(description: string, maxLength: number) {
  return defineField({
    name: 'title',
    title: 'Title',
    type: 'string',
    description: `${description} At most ${maxLength} characters.`,
    validation: (rule) => rule.required().max(maxLength),
  });
}
