import { evaluate, parse } from 'groq-js';
import { describe, expect, it } from 'vitest';
import { pagePlacementProblem, topLevelSlugConflict, type Fetch } from './pageAddress';

/** A page in the tree: `parent` is its parent's id. */
const page = (id: string, parent?: string) => ({
  _id: id,
  _type: 'page',
  language: 'en',
  title: `Title of ${id.replace(/^drafts\./, '')}`,
  ...(parent ? { parent: { _type: 'reference', _ref: parent } } : {}),
});

/** Answers GROQ over `documents`, drafts included, as the Studio's raw client does. */
const fetchFrom =
  (documents: object[]): Fetch =>
  async <Result>(query: string, params: Record<string, unknown>) =>
    (await (await evaluate(parse(query), { dataset: documents, params })).get()) as Result;

describe('a top-level page’s slug', () => {
  it('cannot be a template’s address in any language, naming whose it is', () => {
    expect(topLevelSlugConflict('noticias', false)).toBe(
      '“noticias” is the address of the Spanish news list: choose another slug, or a parent page.',
    );
    expect(topLevelSlugConflict('documents', false)).toMatch(/^“documents” is the address of the English documents library/);
  });

  it('cannot be a route outside the languages, or a language code', () => {
    expect(topLevelSlugConflict('api', false)).toMatch(/^“api” is the address of the site’s programming interface \(\/api\)/);
    expect(topLevelSlugConflict('es', false)).toMatch(/^“es” is the code that starts every Spanish address/);
  });

  it('is free otherwise, and under a parent any slug is', () => {
    expect(topLevelSlugConflict('prisons', false)).toBe(true);
    expect(topLevelSlugConflict('noticias', true)).toBe(true);
    expect(topLevelSlugConflict(undefined, false)).toBe(true);
  });
});

describe('a page’s parent', () => {
  const tree = [page('top'), page('second', 'top'), page('third', 'second')];

  it('may be any page that keeps it and its subpages within the depth the site shows', async () => {
    expect(await pagePlacementProblem('new', 'second', fetchFrom(tree))).toBe(true);
    expect(await pagePlacementProblem('second', 'top', fetchFrom(tree))).toBe(true);
    expect(await pagePlacementProblem('top', undefined, fetchFrom(tree))).toBe(true);
  });

  it('cannot put the page deeper than the site shows', async () => {
    expect(await pagePlacementProblem('new', 'third', fetchFrom(tree))).toBe(
      'This page would be 4 levels deep; the site shows pages up to 3 levels. Choose a parent higher up.',
    );
  });

  it('cannot put its subpages deeper than the site shows', async () => {
    const other = [...tree, page('elsewhere')];
    expect(await pagePlacementProblem('second', 'elsewhere', fetchFrom(other))).toBe(true);
    expect(await pagePlacementProblem('top', 'elsewhere', fetchFrom(other))).toBe(
      'Under this parent its subpages would reach 4 levels (“Title of third”); the site shows pages up to 3 levels. Choose a parent higher up.',
    );
  });

  it('cannot be the page itself, or one of its subpages', async () => {
    expect(await pagePlacementProblem('top', 'top', fetchFrom(tree))).toBe('A page cannot be its own parent: choose another page.');
    expect(await pagePlacementProblem('top', 'third', fetchFrom(tree))).toBe(
      '“Title of third” is under this page: a page cannot be placed under its own subpage.',
    );
  });

  it('reports a loop among the pages above rather than following it forever', async () => {
    const looping = [page('a', 'b'), page('b', 'a')];
    expect(await pagePlacementProblem('new', 'a', fetchFrom(looping))).toBe(
      'The pages above this one loop: “Title of a” is its own ancestor. Correct their parents first.',
    );
  });

  it('is read as published, or as a draft while it has never been published', async () => {
    const drafts = [...tree, page('drafts.second'), page('drafts.unpublished', 'third')];
    expect(await pagePlacementProblem('new', 'third', fetchFrom(drafts))).toMatch(/^This page would be 4 levels deep/);
    expect(await pagePlacementProblem('new', 'unpublished', fetchFrom(drafts))).toMatch(/^This page would be 5 levels deep/);
  });
});
