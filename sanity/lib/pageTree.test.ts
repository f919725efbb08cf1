import { describe, expect, it } from 'vitest';
import { loadDocumentIndex, queryIndex } from './embedded';
import { maxPageDepth } from './pageTree';
import { pageQuery, pageRoutesBySlugQuery } from '../documentTypes/page';
import { affectedByChangeQuery } from './webhook';

/** A page of the bundled dataset at the deepest level the site shows, and the top of its section. */
const deepestPage = { id: 'page-section-coexistence-en', slug: 'security-and-harmonious-coexistence' };
const sectionTop = 'page-about-department-en';

describe('pages nested maxPageDepth deep', () => {
  it('are found at their full path, in the section of their top page', async () => {
    const index = await loadDocumentIndex(['sanity/dataset/production.ndjson']);
    const [route] = (await queryIndex(index, pageRoutesBySlugQuery, { locale: 'en', slug: deepestPage.slug })) as {
      levels: unknown[];
      sectionRoot: string;
    }[];
    expect(route?.levels).toHaveLength(maxPageDepth);
    expect(route?.sectionRoot).toBe(sectionTop);

    const page = (await queryIndex(index, pageQuery, { locale: 'en', id: deepestPage.id })) as {
      pathSegments: string[];
      breadcrumbs: unknown[];
      section: { _id: string };
    };
    expect(page.pathSegments).toEqual(['about-the-department', 'structure', deepestPage.slug]);
    expect(page.breadcrumbs).toHaveLength(maxPageDepth - 1);
    expect(page.section._id).toBe(sectionTop);
  });

  it('are revalidated with their section, as the page reads it', async () => {
    const index = await loadDocumentIndex(['sanity/dataset/production.ndjson']);
    const affected = (await queryIndex(index, affectedByChangeQuery, { id: deepestPage.id, parents: [] })) as { sectionRoots: string[] };
    expect(affected.sectionRoots).toEqual([sectionTop]);
  });
});
