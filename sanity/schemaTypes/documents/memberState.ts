import { EarthGlobeIcon } from '@sanity/icons/EarthGlobe';
import { defineField, defineType } from 'sanity';

/** One OAS Member State, named in every language of the site, with a note on its status. */
export const memberState = defineType({
  name: 'memberState',
  title: 'Member State',
  type: 'document',
  icon: EarthGlobeIcon,
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'internationalizedArrayString',
      description: 'The official short name in each language, e.g. "Brazil" / "Brasil".',
      validation: (rule) => rule.required().min(1),
    }),
    defineField({
      name: 'sortName',
      title: 'Sorted as',
      type: 'internationalizedArrayString',
      description: 'Optional. Where the name is filed in lists, when that is not the name itself: "Bahamas" for "The Bahamas".',
    }),
    defineField({
      name: 'isoCode',
      title: 'ISO 3166-1 code',
      type: 'string',
      description: 'Two capital letters, e.g. BR.',
      validation: (rule) => rule.required().regex(/^[A-Z]{2}$/, { name: 'ISO 3166-1 alpha-2 code' }),
    }),
    defineField({
      name: 'statusNote',
      title: 'Status note',
      type: 'internationalizedArrayText',
      description: 'Optional. A change in membership, stated as the OAS records it, in each language.',
    }),
  ],
  preview: {
    select: { names: 'name', isoCode: 'isoCode' },
    prepare: ({ names, isoCode }: { names?: { value?: string }[]; isoCode?: string }) => ({
      title: names?.map((name) => name.value).filter(Boolean).join(' / ') || isoCode,
      subtitle: ['Member State', isoCode].filter(Boolean).join(' · '),
    }),
  },
});
