import { BulbOutlineIcon } from '@sanity/icons/BulbOutline';
import { defineField, defineType } from 'sanity';
import { languageField, previewWithLanguage, seoFields } from '../fields';
import { isUniqueInLanguage, slugFormatRule } from '../validation';

export const newsArticle = defineType({
  name: 'newsArticle',
  title: 'News article',
  type: 'document',
  icon: BulbOutlineIcon,
  fields: [
    languageField,
    defineField({
      name: 'title',
      title: 'Headline',
      type: 'string',
      description: 'At most 120 characters.',
      validation: (rule) => rule.required().max(120),
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
      name: 'date',
      title: 'Date',
      type: 'date',
      description: 'The date of the news, shown to readers.',
      validation: (rule) => rule.required(),
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
  orderings: [{ title: 'Newest first', name: 'dateDesc', by: [{ field: 'date', direction: 'desc' }] }],
  preview: previewWithLanguage('News'),
});
