/**
 * The closed lists of values that both the Studio schema (its dropdowns and validation) and the
 * site's models (what they accept) read, so the two can never disagree: a kind the Studio offers
 * but the models reject would hide every publication of that kind. Plain constants, so the site
 * imports them without any Studio code. Languages and templates live in i18n/locales.ts.
 */

/** The kinds of publication, in the order the documents library's filter lists them. */
export const publicationKinds = [
  'resolution',
  'report',
  'study',
  'handbook',
  'toolkit',
  'conclusionsAndRecommendations',
  'declaration',
] as const;
export type PublicationKind = (typeof publicationKinds)[number];

export function isPublicationKind(value: unknown): value is PublicationKind {
  return typeof value === 'string' && (publicationKinds as readonly string[]).includes(value);
}

/** The file types shown beside a publication's link. */
export const publicationFileTypes = ['PDF', 'DOC', 'DOCX', 'XLSX', 'HTML'] as const;
