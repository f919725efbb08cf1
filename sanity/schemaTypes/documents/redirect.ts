import { ArrowRightIcon } from '@sanity/icons/ArrowRight';
import { defineField, defineType } from 'sanity';

/** An old address that keeps working: a legacy oas.org/dsp path or a renamed slug. */
export const redirect = defineType({
  name: 'redirect',
  title: 'Redirect',
  type: 'document',
  icon: ArrowRightIcon,
  fields: [
    defineField({
      name: 'fromPath',
      title: 'Old path',
      type: 'string',
      description: 'The path readers may still use, starting with /, e.g. /dsp/english/cpo_carceles.asp.',
      validation: (rule) =>
        rule.required().custom((path: string | undefined) =>
          !path || /^\/[^\s?#]*$/.test(path) || 'Start with / and leave out spaces, ? and #.',
        ),
    }),
    defineField({
      name: 'toDocument',
      title: 'Page it leads to',
      type: 'reference',
      description: 'The page readers should land on now.',
      to: [{ type: 'page' }, { type: 'homePage' }],
      weak: true,
    }),
    defineField({
      name: 'toPath',
      title: 'Or path it leads to',
      type: 'string',
      description: 'For targets that are not pages, e.g. /es/documentos. Not both a page and a path.',
      validation: (rule) =>
        rule.custom((path: string | undefined, context) => {
          const toDocument = (context.document as { toDocument?: unknown } | undefined)?.toDocument;
          if (path && toDocument) return 'Choose a page or a path, not both.';
          if (!path && !toDocument) return 'Choose the page or the path this redirect leads to.';
          return !path || /^\/[^\s]*$/.test(path) || 'Start with /.';
        }),
    }),
    defineField({
      name: 'permanent',
      title: 'Permanent',
      type: 'boolean',
      description: 'On for addresses that will never come back (search engines then update their links).',
      initialValue: true,
    }),
  ],
  preview: {
    select: { title: 'fromPath', page: 'toDocument.title', path: 'toPath' },
    prepare: ({ title, page, path }) => ({ title, subtitle: `Redirect → ${page ?? path ?? '—'}` }),
  },
});
