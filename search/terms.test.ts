import { describe, expect, it } from 'vitest';
import { processTerm, stemPlural, tokenize, words } from './terms';

describe('search terms', () => {
  it.each([
    ['Cárceles', 'carcel'],
    ['cárcel', 'carcel'],
    ['carcel', 'carcel'],
    ['CARCELES', 'carcel'],
    ['Reunión', 'reunion'],
    ['reuniones', 'reunion'],
    ['reunion', 'reunion'],
    ['Políticas', 'politica'],
    ['autoridades', 'autoridad'],
    ['leyes', 'ley'],
  ])('Spanish: %s is the term %s', (word, term) => {
    expect(processTerm(word)).toBe(term);
  });

  it.each([
    ['Prisons', 'prison'],
    ['prison', 'prison'],
    ['policies', 'policy'],
    ['Policy', 'policy'],
    ['measures', 'measur'],
    ['measure', 'measur'],
    ['boxes', 'box'],
    ['processes', 'process'],
  ])('English: %s is the term %s', (word, term) => {
    expect(processTerm(word)).toBe(term);
  });

  it('brings singulars and plurals that end in -e to one term in both languages', () => {
    expect(processTerm('responsables')).toBe(processTerm('Responsable'));
    expect(processTerm('estudiantes')).toBe(processTerm('estudiante'));
    expect(processTerm('States')).toBe(processTerm('state'));
  });

  it('keeps singulars that end in -s whole, accented or not', () => {
    expect(processTerm('países')).toBe(processTerm('país'));
    expect(processTerm('país')).toBe(processTerm('pais'));
    expect(stemPlural('process')).toBe('process');
    expect(stemPlural('status')).toBe('status');
    expect(stemPlural('crisis')).toBe('crisis');
  });

  it('leaves short words and words with digits alone', () => {
    expect(stemPlural('las')).toBe('las');
    expect(stemPlural('oas')).toBe('oas');
    expect(stemPlural('2000s')).toBe('2000s');
  });

  it('keeps police and policy apart', () => {
    expect(processTerm('police')).not.toBe(processTerm('policy'));
  });

  it('reads words of letters and digits, with where they are', () => {
    expect(words('«La cárcel»: MISPA-II, 2008.')).toEqual([
      { text: 'La', start: 1, end: 3 },
      { text: 'cárcel', start: 4, end: 10 },
      { text: 'MISPA', start: 13, end: 18 },
      { text: 'II', start: 19, end: 21 },
      { text: '2008', start: 23, end: 27 },
    ]);
  });

  it('finds no words in GROQ, wildcards or markup punctuation', () => {
    expect(tokenize('* "] || <> {}')).toEqual([]);
    expect(tokenize('<script>alert(1)</script>')).toEqual(['script', 'alert', '1', 'script']);
  });

  it('reads decomposed accents as part of the word', () => {
    expect(tokenize('Reunio\u0301n')).toEqual(['Reunio\u0301n']);
    expect(processTerm('Reunio\u0301n')).toBe('reunion');
  });
});
