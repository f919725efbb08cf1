import { z } from 'zod';
import { defineDocumentType } from '../lib/documentType';
import { cleaned, optionalText, text, tolerantList } from '../lib/parsing';

/**
 * A Member State: one document holds its name in every language (internationalized arrays keyed
 * by `language`), so its list is not per language. Pages and the home page list them.
 */
export const memberStateType = defineDocumentType({ name: 'memberState', localized: false, addressedBySlug: false });

/** A Member State in the reader's language. */
export const memberStateFields = /* groq */ `
  _id,
  isoCode,
  "name": name[language == $locale][0].value,
  "sortName": sortName[language == $locale][0].value,
  "statusNote": statusNote[language == $locale][0].value
`;

/** A Member State as the list shows it: named in the reader's language, filed by its sort name. */
export const memberStateModel = z
  .object({
    _id: text,
    isoCode: cleaned(z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code')),
    name: text,
    sortName: optionalText,
    statusNote: optionalText,
  })
  .transform(({ sortName, ...state }) => ({ ...state, sortName: sortName ?? state.name }));
export type MemberState = z.output<typeof memberStateModel>;

/** The Member States block of a page body; a state without a name in the reader's language is left out. */
export const memberStatesListModel = z.object({
  _key: text,
  states: tolerantList(memberStateModel, 'member state'),
});
