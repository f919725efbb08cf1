import { defineField, defineType } from 'sanity';
import { urlRule } from '../validation';

export const footer = defineType({
  name: 'footer',
  title: 'Footer',
  type: 'object',
  fields: [
    defineField({
      name: 'addressLines',
      title: 'Address',
      type: 'array',
      of: [{ type: 'string', validation: (rule) => rule.max(100) }],
      description: 'One line each, in this language (e.g. "Washington, D.C. 20006, EE.UU.").',
      validation: (rule) => rule.required().min(1).max(6),
    }),
    defineField({
      name: 'phone',
      title: 'Telephone',
      type: 'object',
      description: 'Shown under the address and dialled when tapped.',
      fields: [
        defineField({
          name: 'label',
          title: 'Label',
          type: 'string',
          description: 'e.g. "Phone" or "Teléfono".',
          validation: (rule) => rule.required().max(30),
        }),
        defineField({
          name: 'number',
          title: 'Number',
          type: 'string',
          description: 'International format, e.g. +1 (202) 458 3000.',
          validation: (rule) => rule.required().regex(/^\+[\d\s()-]{7,}$/, { name: 'international number' }),
        }),
      ],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'socialLinks',
      title: 'Social media',
      type: 'array',
      description: 'The OAS accounts, labelled for readers (e.g. "The OAS on Facebook").',
      of: [
        {
          type: 'object',
          name: 'socialLink',
          fields: [
            defineField({
              name: 'label',
              title: 'Label',
              type: 'string',
              description: 'What a screen reader announces, e.g. "The OAS on X (Twitter)".',
              validation: (rule) => rule.required().max(60),
            }),
            defineField({
              name: 'url',
              title: 'Address',
              type: 'url',
              description: 'The account page.',
              validation: (rule) => urlRule(rule).required(),
            }),
          ],
        },
      ],
    }),
    defineField({
      name: 'copyrightHolder',
      title: 'Copyright line',
      type: 'string',
      description: 'Follows "© <year>", e.g. "Organization of American States. All rights reserved."',
      validation: (rule) => rule.required().max(120),
    }),
  ],
});
