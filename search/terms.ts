/**
 * How text becomes search terms, the same way for documents and for what readers type: words
 * are runs of letters and digits; a term ignores case, accents and a plural ending, so that
 * "carcel", "cárcel" and "Cárceles" are one term.
 */

/** A word of a text and where it sits, so that a snippet can mark it in the original. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

const wordPattern = /[\p{L}\p{N}\p{M}]+/gu;

export function words(text: string): Word[] {
  return [...text.matchAll(wordPattern)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** MiniSearch's tokenizer: the words alone, so that `*`, `"]` or `<` are never terms. */
export function tokenize(text: string): string[] {
  return words(text).map((word) => word.text);
}

const combiningMarks = /\p{M}/gu;

/** "Reunión" → "reunion": decomposed, its accents dropped. */
function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(combiningMarks, '');
}

/**
 * A deliberately small plural stemmer for English and Spanish. It only has to bring a singular
 * and its plural to one stem, since documents and queries both go through it; stems need not be
 * words, readers never see them. A final -e goes with the -s, and from singulars too, so that
 * both languages' plurals in -es and -s meet their singulars:
 * cárcel, cárceles → cárcel; reunión, reuniones → reunión; responsable, responsables →
 * responsabl; measure, measures → measur; box, boxes → box; policy, policies → policy.
 * Left alone: words of three letters or fewer, words with digits, -ss, -us and -is (process,
 * status, crisis) and an accented vowel before the -s (país, inglés: Spanish singulars).
 */
export function stemPlural(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (/([áéíóú]s|ss|us|is)$/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  const singular = word.endsWith('s') ? word.slice(0, -1) : word;
  return singular.endsWith('e') && singular.length > 3 ? singular.slice(0, -1) : singular;
}

/** MiniSearch's processTerm, for indexing and for queries alike: lower case, stem, no accents. */
export function processTerm(word: string): string | null {
  const term = withoutAccents(stemPlural(word.normalize('NFC').toLowerCase()));
  return term === '' ? null : term;
}
