import { DocumentTextIcon } from '@sanity/icons/DocumentText';
import { defineField, defineType } from 'sanity';
import { maxPageDepth } from '../../lib/pageTree';
import { contentUpdatedAtField, languageField, lastUpdatedField, previewWithLanguage, seoFields, titleField } from '../fields';
import { pagePlacementRule, topLevelSlugRule } from '../pageAddress';
import { isUniqueInLanguage, slugFormatRule } from '../validation';

export const page = defineType({
  name: 'page',
  title: 'Page',
  type: 'document',
  icon: DocumentTextIcon,
  fields: [
    languageField,
    contentUpdatedAtField,
    titleField('The page heading, in this language.', 100),
    defineField({
      name: 'slug',
      title: 'Address (slug)',
      type: 'slug',
      description: 'The last part of the address, in this language: /es/carceles. Generate it from the title.',
      options: { source: 'title', maxLength: 80, isUnique: isUniqueInLanguage },
      validation: (rule) => slugFormatRule(rule).custom(topLevelSlugRule),
    }),
    defineField({
      name: 'editorNote',
      title: 'Note for editors',
      type: 'text',
      rows: 3,
      description: 'Never shown to readers: what editors should know before changing this page (an unconfirmed name, a source to check).',
    }),
    defineField({
      name: 'previousSlugs',
      title: 'Former addresses',
      type: 'array',
      of: [{ type: 'string' }],
      description: 'Slugs this page had before: they redirect here permanently. Added when a changed slug is published.',
      readOnly: true,
    }),
    defineField({
      name: 'parent',
      title: 'Parent page',
      type: 'reference',
      description: `Optional. Nests this page under another of the same language: /en/prisons/prison-policies. The site shows pages up to ${maxPageDepth} levels deep.`,
      to: [{ type: 'page' }],
      options: {
        filter: ({ document }) => ({
          filter: 'language == $language && _id != $id',
          params: { language: document.language, id: document._id.replace(/^drafts\./, '') },
        }),
      },
      validation: (rule) => rule.custom(pagePlacementRule),
    }),
    defineField({
      name: 'navigationOrder',
      title: 'Order in its section',
      type: 'number',
      description: 'Optional. Lower numbers come first in the section navigation; pages without one follow, alphabetically.',
      validation: (rule) => rule.integer().min(0),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 3,
      description: 'One or two sentences under the heading and on cards that link here. At most 300 characters.',
      validation: (rule) => rule.max(300),
    }),
    defineField({
      name: 'body',
      title: 'Body',
      type: 'blockContent',
      description: 'The page text.',
    }),
    defineField({
      name: 'relatedMeetings',
      title: 'Meetings',
      type: 'array',
      description: 'Meetings listed on the page, with their dates, places and outcome documents.',
      of: [{ type: 'reference', to: [{ type: 'meeting' }] }],
    }),
    defineField({
      name: 'relatedPublications',
      title: 'Related documents',
      type: 'array',
      description: 'Publications listed under "Related documents".',
      of: [{ type: 'reference', to: [{ type: 'publication' }] }],
    }),
    lastUpdatedField,
    ...seoFields,
  ],
  preview: previewWithLanguage('Page'),
});
