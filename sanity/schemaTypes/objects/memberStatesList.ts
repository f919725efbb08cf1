import { EarthGlobeIcon } from '@sanity/icons/EarthGlobe';
import { defineField, defineType } from 'sanity';

/**
 * A place in a page body where the list of Member States appears: the states themselves are
 * the memberState documents, named and sorted in the reader's language, with their status notes.
 */
export const memberStatesList = defineType({
  name: 'memberStatesList',
  title: 'List of Member States',
  type: 'object',
  icon: EarthGlobeIcon,
  fields: [
    defineField({
      name: 'note',
      title: 'Note for editors',
      type: 'string',
      description: 'Optional, never shown to readers. The list itself comes from the Member States documents.',
      validation: (rule) => rule.max(120),
    }),
  ],
  preview: {
    select: { note: 'note' },
    prepare: ({ note }: { note?: string }) => ({
      title: 'List of Member States',
      subtitle: note ?? 'Every Member State, in the reader’s language and alphabetical order',
      media: EarthGlobeIcon,
    }),
  },
});
