import { LinkIcon } from '@sanity/icons/Link';
import { defineField, defineType } from 'sanity';
import { listTemplates } from '../../../i18n/locales';
import { urlRule } from '../validation';

/** What editors see for each list of the site; the reader sees the link's own label. */
const listTemplateTitles: Record<(typeof listTemplates)[number], string> = {
  documents: 'Documents library',
  meetings: 'Meetings',
  news: 'News',
  search: 'Search',
};

/**
 * A navigation entry: a page of this site, one of its lists (documents, meetings, news, search),
 * or an address elsewhere. Exactly one of the three.
 */
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
      name: 'template',
      title: 'List of this site',
      type: 'string',
      description: 'Or one of the lists the site builds itself, in the language of this navigation.',
      options: { list: listTemplates.map((value) => ({ value, title: listTemplateTitles[value] })) },
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
    rule.custom((value: { reference?: unknown; template?: unknown; url?: unknown } | undefined) => {
      if (!value) return true;
      const chosen = [value.reference, value.template, value.url].filter(Boolean).length;
      if (chosen === 1) return true;
      return chosen === 0
        ? 'Choose a page on this site, a list of this site or an address elsewhere.'
        : 'Choose only one of: a page on this site, a list of this site, an address elsewhere.';
    }),
  preview: {
    select: { title: 'label', page: 'reference.title', template: 'template', url: 'url' },
    prepare: ({ title, page, template, url }) => ({
      title,
      subtitle: page ?? (template ? listTemplateTitles[template as keyof typeof listTemplateTitles] : url),
    }),
  },
});
