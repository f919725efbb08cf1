/**
 * GROQ filters behind the Studio's two translation lists, kept apart so that they can be tested
 * against the bundled dataset. Both take $translatableTypes; the first also $languageCount.
 */

const translationsOfThisDocument = /* groq */ `*[_type == "translation.metadata" && references(^._id)][0].translations`;

/** Documents that exist in fewer languages than the site has. */
export const missingTranslationFilter = /* groq */ `_type in $translatableTypes
  && coalesce(count(${translationsOfThisDocument}[defined(value->_id)]), 0) < $languageCount`;

/**
 * Documents whose counterpart in another language changed after them: maybe out of date. Each
 * side's content stamp (translationStamp.ts), or its last edit where it has none.
 */
export const outdatedTranslationFilter = /* groq */ `_type in $translatableTypes
  && count(${translationsOfThisDocument}[coalesce(value->contentUpdatedAt, value->_updatedAt) > coalesce(^.contentUpdatedAt, ^._updatedAt)]) > 0`;
