import { BookIcon } from '@sanity/icons/Book';
import { defineField, defineType } from 'sanity';
import { languageField, previewWithLanguage, titleField } from '../fields';
import { isPublicationKind, publicationFileTypes, publicationKinds, type PublicationKind } from '../../lib/enums';
import { urlRule } from '../validation';

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

const languageCode = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;

/** A document the Department publishes or cites. The entry's language is the reader's. */
export const publication = defineType({
  name: 'publication',
  title: 'Publication',
  type: 'document',
  icon: BookIcon,
  fields: [
    languageField,
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
      name: 'documentLanguage',
      title: 'Language of the document',
      type: 'string',
      description: 'The language the file or page itself is written in (en, es, fr, pt), where known.',
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
    defineField({
      name: 'url',
      title: 'Link',
      type: 'url',
      description: "The publisher's public page for the document. Leave empty when no address is known.",
      validation: urlRule,
    }),
    defineField({
      name: 'file',
      title: 'File',
      type: 'file',
      description: 'Or upload the file itself (PDF preferred). Not both a link and a file.',
      validation: (rule) =>
        rule.custom((file: unknown, context) => {
          const url = (context.document as { url?: string } | undefined)?.url;
          return !(file && url) || 'Give a link or a file, not both.';
        }),
    }),
    defineField({
      name: 'fileType',
      title: 'File type',
      type: 'string',
      description: 'Shown beside the link, e.g. PDF.',
      options: { list: [...publicationFileTypes] },
    }),
    defineField({
      name: 'fileSize',
      title: 'File size in bytes',
      type: 'number',
      description: 'Shown beside the link, in the reader’s units.',
      validation: (rule) => rule.integer().positive(),
    }),
  ],
  orderings: [{ title: 'Newest first', name: 'yearDesc', by: [{ field: 'year', direction: 'desc' }] }],
  preview: previewWithLanguage('Publication'),
});
