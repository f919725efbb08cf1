import { z } from 'zod';
import { text, tolerantList } from '../lib/parsing';
import { linkTargetFields } from './fields';
import { memberStateFields } from './memberState';
import { publicationFields } from './publication';

/**
 * Rich text (Portable Text) as pages, the home page, articles and meetings hold it, with what its
 * blocks point at resolved: internal links, cited publications, the list of Member States.
 * A body that lists the Member States is cached under their list (memberStateType.listTag()).
 */
export const portableTextFields = /* groq */ `
  ...,
  markDefs[]{
    ...,
    _type == "internalLink" => { "target": reference->{ ${linkTargetFields} } }
  },
  _type == "publicationReference" => { "publication": publication->{ ${publicationFields} } },
  _type == "memberStatesList" => { "states": *[_type == "memberState"]{ ${memberStateFields} } }
`;

/** Portable Text stays as Sanity stores it; each block is checked for its basic shape (components check the rest). */
const portableTextBlock = z.looseObject({ _type: text, _key: text });
export const portableTextModel = tolerantList(portableTextBlock, 'Portable Text block');
export type PortableTextBlocks = z.output<typeof portableTextModel>;
