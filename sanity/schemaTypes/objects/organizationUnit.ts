import { CaseIcon } from '@sanity/icons/Case';
import { defineField, defineType } from 'sanity';
import { urlRule } from '../validation';

/** One level of the identity shown in the site header: the OAS, its Secretariats, the Department. */
export const organizationUnit = defineType({
  name: 'organizationUnit',
  title: 'Organizational unit',
  type: 'object',
  icon: CaseIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'string',
      description: 'The official name in this language, e.g. "Secretaría de Seguridad Multidimensional".',
      validation: (rule) => rule.required().max(120),
    }),
    defineField({
      name: 'abbreviation',
      title: 'Abbreviation',
      type: 'string',
      description: 'Optional, in this language: SMS in English, SSM in Spanish.',
      validation: (rule) => rule.max(12),
    }),
    defineField({
      name: 'url',
      title: 'Website',
      type: 'url',
      description: 'Optional. Where the name links to.',
      validation: urlRule,
    }),
  ],
});
