import { BulbOutlineIcon } from '@sanity/icons/BulbOutline';
import { defineField, defineType } from 'sanity';
import { contentUpdatedAtField, languageField, previewWithLanguage, seoFields } from '../fields';
import { isUniqueInLanguage, slugFormatRule } from '../validation';

export const newsArticle = defineType({
  name: 'newsArticle',
  title: 'News article',
  type: 'document',
  icon: BulbOutlineIcon,
  fields: [
    languageField,
    contentUpdatedAtField,
    defineField({
      name: 'title',
      title: 'Headline',
      type: 'string',
      // A headline that names one of the meetings in full, with its place, runs to about 145
      // characters in Spanish ("Se celebra en Santo Domingo (República Dominicana) la Cuarta Reunión…").
      description: 'At most 150 characters.',
      validation: (rule) => rule.required().max(150),
    }),
    defineField({
      name: 'slug',
      title: 'Address (slug)',
      type: 'slug',
      description: 'The last part of the article address, in this language. Generate it from the headline.',
      options: { source: 'title', maxLength: 96, isUnique: isUniqueInLanguage },
      validation: slugFormatRule,
    }),
    defineField({
      name: 'meeting',
      title: 'Meeting',
      type: 'reference',
      description:
        'The meeting this item is about, in the same language. Readers see its dates ("Meeting: 26–28 August 2008"); they are not a publication date.',
      to: [{ type: 'meeting' }],
      options: {
        filter: ({ document }) => ({ filter: 'language == $language', params: { language: document.language } }),
      },
    }),
    defineField({
      name: 'date',
      title: 'Publication date',
      type: 'date',
      description:
        'The day the item was published, shown to readers and sent to search engines and feeds as such. Leave it empty when it is not known: an item about a meeting is then dated by the meeting.',
      // Search engines and feed readers take this date as the day of publication: never a copy
      // of a meeting's date, hence either this or a meeting.
      validation: (rule) =>
        rule.custom((date: string | undefined, context) => {
          const meeting = (context.document as { meeting?: { _ref?: string } } | undefined)?.meeting?._ref;
          return Boolean(date || meeting) || 'Give the publication date, or the meeting the item is about.';
        }),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 3,
      description: 'Shown in the news list and feeds. At most 300 characters.',
      validation: (rule) => rule.required().max(300),
    }),
    defineField({
      name: 'image',
      title: 'Image',
      type: 'image',
      description: 'Optional.',
      options: { hotspot: true },
      fields: [
        defineField({
          name: 'alt',
          title: 'Alternative text',
          type: 'string',
          description: 'What the image shows, for readers who cannot see it. Required with an image.',
          validation: (rule) => rule.required().max(200),
        }),
      ],
    }),
    defineField({ name: 'body', title: 'Body', type: 'blockContent', description: 'The article text.' }),
    ...seoFields,
  ],
  orderings: [{ title: 'Newest publication first', name: 'dateDesc', by: [{ field: 'date', direction: 'desc' }] }],
  preview: previewWithLanguage('News'),
});
