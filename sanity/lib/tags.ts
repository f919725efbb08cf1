/**
 * Cache tags: every content query is cached under the tags of what it reads, and a publish
 * revalidates exactly the tags of what it changed (see webhook.ts). Each tag names one thing.
 */

/** A document, by its published _id: its own page, and every query that reads it by id. */
export const documentTag = (id: string) => `doc:${id}`;

/** The documents of a type that have this slug in a language: a URL that may start or stop resolving. */
export const slugTag = (type: string, language: string, slug: string) => `slug:${type}:${language}:${slug}`;

/** The pages of one section (a top-level page and its descendants): their section navigation. */
export const sectionTag = (rootId: string) => `section:${rootId}`;

/** Every document of a type in a language: indexes, lists, static params, the sitemap. */
export const listTag = (type: string, language?: string) => (language ? `list:${type}:${language}` : `list:${type}`);

/** Everything from the CMS, for a publish whose effects cannot be worked out in time. */
export const allContentTag = 'content';
