import { CogIcon } from '@sanity/icons/Cog';
import { defineField, defineType } from 'sanity';
import { languageField, previewWithLanguage } from '../fields';

/** The site's identity and footer, one document per language: siteSettings-en, siteSettings-es. */
export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  icon: CogIcon,
  fields: [
    languageField,
    defineField({
      name: 'organization',
      title: 'Organization',
      type: 'organizationUnit',
      description: 'The top of the header: the Organization of American States.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'generalSecretariat',
      title: 'General Secretariat',
      type: 'organizationUnit',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'secretariat',
      title: 'Secretariat',
      type: 'organizationUnit',
      description: 'The Secretariat for Multidimensional Security.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'department',
      title: 'Department',
      type: 'organizationUnit',
      description: 'The site’s own name, shown large in the header and in browser titles.',
      validation: (rule) => rule.required(),
    }),
    defineField({ name: 'footer', title: 'Footer', type: 'footer', validation: (rule) => rule.required() }),
  ],
  preview: { ...previewWithLanguage('Site settings'), select: { title: 'department.name', language: 'language' } },
});
