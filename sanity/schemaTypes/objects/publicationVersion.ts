import { defineField, defineType } from 'sanity';
import { publicationFileTypes } from '../../lib/enums';
import { urlRule } from '../validation';

export const languageCode = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;

type Version = { file?: { asset?: unknown }; url?: string };
const parentOf = (context: { parent?: unknown }) => (context.parent ?? {}) as Version;

/**
 * One language's version of a publication: the uploaded file, whose type and size the site reads
 * from the asset, or the address of a copy hosted elsewhere, whose type and size the editor gives.
 */
export const publicationVersion = defineType({
  name: 'publicationVersion',
  title: 'Version',
  type: 'object',
  fields: [
    defineField({
      name: 'language',
      title: 'Language',
      type: 'string',
      description: 'The language this version is written in (en, es, fr, pt).',
      validation: (rule) => rule.required().regex(languageCode, { name: 'language code' }),
    }),
    defineField({
      name: 'file',
      title: 'File',
      type: 'file',
      description: 'Upload the document (PDF preferred). The site shows its type and size as the file has them.',
      validation: (rule) =>
        rule.custom((file: Version['file'], context) => {
          const { url } = parentOf(context);
          if (file?.asset && url) return 'Upload a file or give an address, not both.';
          if (!file?.asset && !url) return 'Upload the file, or give the address where it is hosted.';
          return true;
        }),
    }),
    defineField({
      name: 'url',
      title: 'Address',
      type: 'url',
      description: 'For a document hosted elsewhere: its address.',
      hidden: ({ parent }) => Boolean((parent as Version | undefined)?.file?.asset),
      validation: urlRule,
    }),
    defineField({
      name: 'fileType',
      title: 'File type',
      type: 'string',
      description: 'Of the document at the address, e.g. PDF.',
      options: { list: [...publicationFileTypes] },
      hidden: ({ parent }) => !(parent as Version | undefined)?.url,
    }),
    defineField({
      name: 'fileSize',
      title: 'File size in bytes',
      type: 'number',
      description: 'Of the document at the address; shown in the reader’s units.',
      hidden: ({ parent }) => !(parent as Version | undefined)?.url,
      validation: (rule) => rule.integer().positive(),
    }),
  ],
  preview: {
    select: { language: 'language', fileName: 'file.asset.originalFilename', url: 'url' },
    prepare: ({ language, fileName, url }: { language?: string; fileName?: string; url?: string }) => ({
      title: language ?? '?',
      subtitle: fileName ?? url,
    }),
  },
});
