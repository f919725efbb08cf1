import { BookIcon } from '@sanity/icons/Book';
import { defineField, defineType } from 'sanity';
import { contentUpdatedAtField, languageField, previewWithLanguage, titleField } from '../fields';
import { isPublicationKind, publicationKinds, type PublicationKind } from '../../lib/enums';
import { languageCode } from '../objects/publicationVersion';

/** What editors see for each kind; readers see the kind in their language (messages/). */
const publicationKindTitles: Record<PublicationKind, string> = {
  resolution: 'Resolution',
  report: 'Report',
  study: 'Study',
  handbook: 'Handbook',
  toolkit: 'Toolkit',
  conclusionsAndRecommendations: 'Conclusions and recommendations',
  declaration: 'Declaration',
};

/** A document the Department publishes or cites. The entry's language is the reader's. */
export const publication = defineType({
  name: 'publication',
  title: 'Publication',
  type: 'document',
  icon: BookIcon,
  fields: [
    languageField,
    contentUpdatedAtField,
    titleField('The title as readers of this language know it.', 200),
    defineField({
      name: 'kind',
      title: 'Kind',
      type: 'string',
      options: { list: publicationKinds.map((value) => ({ value, title: publicationKindTitles[value] })), layout: 'dropdown' },
      // The list alone would say only "did not match any allowed values": name the stray kind.
      validation: (rule) =>
        rule
          .required()
          .custom((kind) => !kind || isPublicationKind(kind) || `“${kind}” is not a kind of publication the site knows: choose one from the list.`),
    }),
    defineField({
      name: 'publisher',
      title: 'Publisher',
      type: 'string',
      description: 'In this language, e.g. "Organización de los Estados Americanos".',
      validation: (rule) => rule.required().max(150),
    }),
    defineField({
      name: 'authors',
      title: 'Authors',
      type: 'array',
      of: [{ type: 'string', validation: (rule) => rule.max(100) }],
      description: 'Optional. As the publication names them.',
    }),
    defineField({
      name: 'year',
      title: 'Year',
      type: 'number',
      description: 'Year of publication. Leave empty for a series.',
      validation: (rule) => rule.integer().min(1889).max(2100),
    }),
    defineField({
      name: 'versions',
      title: 'Versions',
      type: 'array',
      description:
        'Where readers can read the document: one entry per language it exists in. Upload the file, or give its address when it is hosted elsewhere. Leave empty when it is not online.',
      of: [{ type: 'publicationVersion' }],
      validation: (rule) =>
        rule.custom((versions: { language?: string }[] | undefined) => {
          const languages = (versions ?? []).map((version) => version.language).filter(Boolean);
          const repeated = languages.find((language, index) => languages.indexOf(language) !== index);
          return !repeated || `Two versions are in “${repeated}”: keep one version per language.`;
        }),
    }),
    defineField({
      name: 'documentLanguage',
      title: 'Language of the document',
      type: 'string',
      description: 'For a document with no version online: the language it is written in (en, es, fr, pt), where known.',
      validation: (rule) => rule.regex(languageCode, { name: 'language code' }),
    }),
    defineField({
      name: 'originalTitle',
      title: 'Title in the original language',
      type: 'string',
      description: 'Optional. Shown, marked with its language, when the work is cited in another language.',
      validation: (rule) => rule.max(200),
    }),
    defineField({
      name: 'originalLanguage',
      title: 'Original language',
      type: 'string',
      description: 'The language of the original title (en, es, fr, pt). Required with an original title.',
      validation: (rule) =>
        rule.regex(languageCode, { name: 'language code' }).custom((value: string | undefined, context) => {
          const originalTitle = (context.document as { originalTitle?: string } | undefined)?.originalTitle;
          return !originalTitle || Boolean(value) || 'Give the language of the original title.';
        }),
    }),
  ],
  orderings: [{ title: 'Newest first', name: 'yearDesc', by: [{ field: 'year', direction: 'desc' }] }],
  preview: previewWithLanguage('Publication'),
});
