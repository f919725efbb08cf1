import { CalendarIcon } from '@sanity/icons/Calendar';
import { defineField, defineType } from 'sanity';
import { contentUpdatedAtField, languageField, previewWithLanguage } from '../fields';
import { isUniqueInLanguage, slugFormatRule } from '../validation';

export const meeting = defineType({
  name: 'meeting',
  title: 'Meeting',
  type: 'document',
  icon: CalendarIcon,
  fields: [
    languageField,
    contentUpdatedAtField,
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: 'The official name in this language, e.g. "Segunda Reunión de Autoridades Responsables…".',
      validation: (rule) => rule.required().max(200),
    }),
    defineField({
      name: 'slug',
      title: 'Address (slug)',
      type: 'slug',
      description: 'The last part of the meeting’s address, in this language, e.g. "mispa-ii".',
      options: { source: 'name', maxLength: 96, isUnique: isUniqueInLanguage },
      validation: slugFormatRule,
    }),
    defineField({
      name: 'startDate',
      title: 'First day',
      type: 'date',
      description: 'Shown to readers with the last day as a range, e.g. 16–17 de octubre de 2003.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'endDate',
      title: 'Last day',
      type: 'date',
      description: 'Leave empty for a one-day meeting.',
      validation: (rule) =>
        rule.custom((endDate: string | undefined, context) => {
          const startDate = (context.document as { startDate?: string } | undefined)?.startDate;
          return !endDate || !startDate || endDate >= startDate || 'The last day cannot come before the first.';
        }),
    }),
    defineField({
      name: 'city',
      title: 'City',
      type: 'string',
      description: 'In this language: "Ciudad de México", "Mexico City".',
      validation: (rule) => rule.required().max(80),
    }),
    defineField({
      name: 'country',
      title: 'Country',
      type: 'string',
      description: 'In this language. Left out where the city names it ("Santiago de Chile").',
      validation: (rule) => rule.max(80),
    }),
    defineField({ name: 'body', title: 'Description', type: 'blockContent', description: 'Optional.' }),
    defineField({
      name: 'outcomes',
      title: 'Outcome documents',
      type: 'array',
      description: 'What the meeting adopted or produced.',
      of: [{ type: 'reference', to: [{ type: 'publication' }] }],
    }),
  ],
  orderings: [{ title: 'Newest first', name: 'startDesc', by: [{ field: 'startDate', direction: 'desc' }] }],
  preview: previewWithLanguage('Meeting', 'name'),
});
