import { HomeIcon } from '@sanity/icons/Home';
import { defineField, defineType } from 'sanity';
import { languageField, lastUpdatedField, previewWithLanguage, seoFields, titleField } from '../fields';

/** The Department's home page, one document per language: homePage-en, homePage-es. */
export const homePage = defineType({
  name: 'homePage',
  title: 'Home page',
  type: 'document',
  icon: HomeIcon,
  fields: [
    languageField,
    titleField('The home page heading.', 100),
    defineField({ name: 'intro', title: 'Introduction', type: 'blockContent', description: 'What the Department does.' }),
    defineField({
      name: 'featured',
      title: 'Featured pages',
      type: 'array',
      description: 'Cards under the introduction, each with the page’s summary.',
      of: [{ type: 'reference', to: [{ type: 'page' }], weak: true }],
      validation: (rule) => rule.max(6).unique(),
    }),
    lastUpdatedField,
    ...seoFields,
  ],
  preview: previewWithLanguage('Home page'),
});
