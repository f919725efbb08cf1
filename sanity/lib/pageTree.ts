/**
 * How deep CMS pages nest, declared once: /en/about-the-department/structure/<page> is three
 * levels. The site's queries follow a page's parents this far (documentTypes/), the Studio's
 * Presentation tool too (studio/presentation.ts), and the Studio refuses a parent that would
 * nest a page deeper (schemaTypes/pageAddress.ts). Plain constants, for the site and the Studio.
 */
export const maxPageDepth = 3;

/** 1 for the parent, 2 for the grandparent…, farthest first: what a page's path is built from. */
const ancestorGenerations = Array.from({ length: maxPageDepth - 1 }, (_, index) => maxPageDepth - 1 - index);

/**
 * GROQ that dereferences each ancestor a page can have, farthest first (`parent->parent->`,
 * `parent->`), to be followed by the field to read: `${ancestor}slug.current`.
 */
export const ancestorDereferences = ancestorGenerations.map((generation) => 'parent->'.repeat(generation));

/** The same ancestors as Studio field paths (`parent.parent.`, `parent.`), for preview selections. */
export const ancestorFieldPaths = ancestorGenerations.map((generation) => 'parent.'.repeat(generation));

/**
 * GROQ for the id of the top page of a page's section: its farthest ancestor, or itself. Read
 * from references, so it names the section even while a page above is unpublished. `scope` is
 * the path to the page (`^.` inside a subquery).
 */
export const sectionRootIdOf = (scope = '') =>
  `coalesce(${[
    ...ancestorGenerations.map((generation) => `${scope}${'parent->'.repeat(generation - 1)}parent._ref`),
    `${scope}_id`,
  ].join(', ')})`;
