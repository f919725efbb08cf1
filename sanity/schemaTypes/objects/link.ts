import { LinkIcon } from '@sanity/icons/Link';
import { defineField, defineType } from 'sanity';
import { urlRule } from '../validation';

/** A navigation entry: a page of this site, or an address elsewhere. Never both, never neither. */
export const link = defineType({
  name: 'link',
  title: 'Link',
  type: 'object',
  icon: LinkIcon,
  fields: [
    defineField({
      name: 'label',
      title: 'Label',
      type: 'string',
      description: 'The words readers see. At most 60 characters.',
      validation: (rule) => rule.required().max(60),
    }),
    defineField({
      name: 'reference',
      title: 'Page on this site',
      type: 'reference',
      description: 'A page in the same language. Until the page is published the entry stays hidden.',
      to: [{ type: 'page' }, { type: 'homePage' }],
      weak: true,
    }),
    defineField({
      name: 'url',
      title: 'Address elsewhere',
      type: 'url',
      description: 'An http, https, mailto or tel address, for links that leave the site.',
      validation: urlRule,
    }),
  ],
  validation: (rule) =>
    rule.custom((value: { reference?: unknown; url?: unknown } | undefined) => {
      if (!value) return true;
      if (value.reference && value.url) return 'Choose a page on this site or an address elsewhere, not both.';
      if (!value.reference && !value.url) return 'Choose a page on this site or an address elsewhere.';
      return true;
    }),
  preview: {
    select: { title: 'label', page: 'reference.title', url: 'url' },
    prepare: ({ title, page, url }) => ({ title, subtitle: page ?? url }),
  },
});
