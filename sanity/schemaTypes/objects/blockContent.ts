import { BlockquoteIcon } from '@sanity/icons/Blockquote';
import { DocumentTextIcon } from '@sanity/icons/DocumentText';
import { InfoOutlineIcon } from '@sanity/icons/InfoOutline';
import { LinkIcon } from '@sanity/icons/Link';
import { TranslateIcon } from '@sanity/icons/Translate';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { urlRule } from '../validation';

/**
 * Rich text for page bodies: headings, lists, quotes, links inside and outside the site, text in
 * another language, references to publications, callouts and the list of Member States. No
 * length rule: bodies vary.
 */
export const blockContent = defineType({
  name: 'blockContent',
  title: 'Rich text',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Paragraph', value: 'normal' },
        { title: 'Heading', value: 'h2' },
        { title: 'Subheading', value: 'h3' },
        { title: 'Quote', value: 'blockquote', icon: BlockquoteIcon },
      ],
      lists: [
        { title: 'Bulleted list', value: 'bullet' },
        { title: 'Numbered list', value: 'number' },
      ],
      marks: {
        decorators: [
          { title: 'Strong', value: 'strong' },
          { title: 'Emphasis', value: 'em' },
        ],
        annotations: [
          defineArrayMember({
            name: 'link',
            title: 'Link elsewhere',
            type: 'object',
            icon: LinkIcon,
            fields: [
              defineField({
                name: 'href',
                title: 'Address',
                type: 'url',
                description: 'An http, https, mailto or tel address.',
                validation: (rule) => urlRule(rule).required(),
              }),
            ],
          }),
          defineArrayMember({
            name: 'internalLink',
            title: 'Link to a page',
            type: 'object',
            icon: DocumentTextIcon,
            fields: [
              defineField({
                name: 'reference',
                title: 'Page',
                type: 'reference',
                description: 'A page of this site. If it is unpublished, the words show without a link.',
                to: [{ type: 'page' }, { type: 'homePage' }],
                weak: true,
                validation: (rule) => rule.required(),
              }),
            ],
          }),
          defineArrayMember({
            name: 'inlineLanguage',
            title: 'Other language',
            type: 'object',
            icon: TranslateIcon,
            description: 'Marks words in another language, such as a cited title, so screen readers pronounce them right.',
            fields: [
              defineField({
                name: 'language',
                title: 'Language',
                type: 'string',
                description: 'A language code: en, es, fr, pt…',
                validation: (rule) => rule.required().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { name: 'language code' }),
              }),
            ],
          }),
        ],
      },
    }),
    defineArrayMember({
      name: 'publicationReference',
      title: 'Publication',
      type: 'object',
      icon: DocumentTextIcon,
      fields: [
        defineField({
          name: 'publication',
          title: 'Publication',
          type: 'reference',
          description: 'Shown with its kind, publisher, year and link.',
          to: [{ type: 'publication' }],
          validation: (rule) => rule.required(),
        }),
      ],
      preview: { select: { title: 'publication.title' } },
    }),
    defineArrayMember({ type: 'memberStatesList' }),
    defineArrayMember({
      name: 'callout',
      title: 'Callout',
      type: 'object',
      icon: InfoOutlineIcon,
      fields: [
        defineField({
          name: 'heading',
          title: 'Heading',
          type: 'string',
          description: 'Optional. At most 80 characters.',
          validation: (rule) => rule.max(80),
        }),
        defineField({
          name: 'text',
          title: 'Text',
          type: 'text',
          rows: 3,
          description: 'A short note set apart from the body. At most 400 characters.',
          validation: (rule) => rule.required().max(400),
        }),
      ],
      preview: { select: { title: 'heading', subtitle: 'text' } },
    }),
  ],
});
