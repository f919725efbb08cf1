import { MenuIcon } from '@sanity/icons/Menu';
import { defineField, defineType } from 'sanity';
import { languageField, previewWithLanguage } from '../fields';

/** The header's links, one document per language: navigation-en, navigation-es. */
export const navigation = defineType({
  name: 'navigation',
  title: 'Navigation',
  type: 'document',
  icon: MenuIcon,
  fields: [
    languageField,
    defineField({
      name: 'primary',
      title: 'Main menu',
      type: 'array',
      of: [{ type: 'link' }],
      description: 'About the OAS, Member States, … An entry whose page is unpublished stays hidden.',
      validation: (rule) => rule.max(8),
    }),
    defineField({
      name: 'utility',
      title: 'Department links',
      type: 'array',
      of: [{ type: 'link' }],
      description: 'The short links beside the Department’s name: About the OAS, Member States, Structure, Contact Us.',
      // The seed's top menu puts About the OAS, Member States, Strategic Partners and Structure
      // beside Contact us ("Contact Us" here); with the accessibility statement that makes six.
      validation: (rule) => rule.max(6),
    }),
  ],
  preview: { ...previewWithLanguage('Navigation'), select: { title: 'language', language: 'language' } },
});
