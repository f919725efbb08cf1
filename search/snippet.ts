import { processTerm, words } from './terms';

/** A stretch of text, marked where it is a hit. Rendered as React elements, never as HTML. */
export interface Segment {
  text: string;
  hit: boolean;
}

export interface Snippet {
  segments: Segment[];
  /** Whether text was cut before or after the snippet (the reader sees an ellipsis). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** Splits a text into hits (words whose term is one of `terms`) and the text between them. */
export function highlight(text: string, terms: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = [];
  let position = 0;
  for (const word of words(text)) {
    const term = processTerm(word.text);
    if (term === null || !terms.has(term)) continue;
    if (word.start > position) segments.push({ text: text.slice(position, word.start), hit: false });
    segments.push({ text: word.text, hit: true });
    position = word.end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), hit: false });
  return segments;
}

/**
 * About `length` characters of a text around its first hit, a little context before it, cut at
 * word boundaries; the text's start when nothing in it is a hit (the title matched).
 */
export function snippet(text: string, terms: ReadonlySet<string>, length = 220): Snippet {
  const all = words(text);
  const first = all.find((word) => {
    const term = processTerm(word.text);
    return term !== null && terms.has(term);
  });
  const context = Math.floor(length / 4);
  const from = first ? (all.find((word) => word.start >= first.start - context) ?? first) : all[0];
  if (!from) return { segments: [], cutBefore: false, cutAfter: false };
  const inWindow = all.filter((word) => word.start >= from.start && word.end <= from.start + length);
  const last = inWindow.at(-1) ?? from;
  return {
    segments: highlight(text.slice(from.start, last.end), terms),
    cutBefore: from.start > 0,
    cutAfter: last.end < text.trimEnd().length,
  };
}
