/**
 * GROQ filters behind the Studio's two translation lists, kept apart so that they can be tested
 * against the bundled dataset. Both take $translatableTypes; the first also $languageCount. Their
 * fragments are also what Publish reads its content stamps with (translationStamp.ts).
 */

/** The translation links of the document whose id is `id` (a GROQ expression). */
export const translationsOf = (id: string) => /* groq */ `*[_type == "translation.metadata" && references(${id})][0].translations`;

const translationsOfThisDocument = translationsOf('^._id');

/**
 * A document's content stamp (translationStamp.ts), or its last edit where it has none; `document`
 * is a GROQ path to it, ending where its fields start (`^.`, `value->`).
 */
export const contentStampOf = (document: string) => /* groq */ `coalesce(${document}contentUpdatedAt, ${document}_updatedAt)`;

/** Documents that exist in fewer languages than the site has. */
export const missingTranslationFilter = /* groq */ `_type in $translatableTypes
  && coalesce(count(${translationsOfThisDocument}[defined(value->_id)]), 0) < $languageCount`;

/** Documents whose counterpart in another language changed after them: maybe out of date. */
export const outdatedTranslationFilter = /* groq */ `_type in $translatableTypes
  && count(${translationsOfThisDocument}[${contentStampOf('value->')} > ${contentStampOf('^.')}]) > 0`;
