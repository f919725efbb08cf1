import { describe, expect, it } from 'vitest';
import { highlight, snippet } from './snippet';

const terms = new Set(['carcel']);

describe('highlighting', () => {
  it('marks each word whose term matched, keeping the original text', () => {
    expect(highlight('La cárcel y las Cárceles.', terms)).toEqual([
      { text: 'La ', hit: false },
      { text: 'cárcel', hit: true },
      { text: ' y las ', hit: false },
      { text: 'Cárceles', hit: true },
      { text: '.', hit: false },
    ]);
  });

  it('keeps markup as text, to be escaped when rendered', () => {
    expect(highlight('<script>x</script>', new Set(['script']))).toEqual([
      { text: '<', hit: false },
      { text: 'script', hit: true },
      { text: '>x</', hit: false },
      { text: 'script', hit: true },
      { text: '>', hit: false },
    ]);
  });
});

describe('snippets', () => {
  const filler = (count: number) => Array.from({ length: count }, (_, n) => `word${n}`).join(' ');

  it('shows the text around the first hit, cut at words', () => {
    const text = `${filler(60)} la cárcel ${filler(60)}`;
    const { segments, cutBefore, cutAfter } = snippet(text, terms, 120);
    const shown = segments.map((segment) => segment.text).join('');
    expect(cutBefore).toBe(true);
    expect(cutAfter).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(120);
    expect(shown).toMatch(/^word\d+ .* la cárcel word0 .*word\d+$/);
    expect(segments.filter((segment) => segment.hit)).toEqual([{ text: 'cárcel', hit: true }]);
  });

  it('shows a short text whole', () => {
    expect(snippet('La cárcel.', terms)).toEqual({
      segments: [
        { text: 'La ', hit: false },
        { text: 'cárcel', hit: true },
      ],
      cutBefore: false,
      cutAfter: true,
    });
  });

  it('shows the start of the text when only the title matched', () => {
    const { segments, cutBefore } = snippet(`Un informe. ${filler(80)}`, terms, 40);
    expect(cutBefore).toBe(false);
    expect(segments).toEqual([{ text: 'Un informe. word0 word1 word2 word3', hit: false }]);
  });

  it('is empty for a document without text', () => {
    expect(snippet('', terms)).toEqual({ segments: [], cutBefore: false, cutAfter: false });
  });
});
