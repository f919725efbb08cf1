import { describe, expect, it } from 'vitest';
import { readEmbeddedSourceWith } from './testing';

/** The webhook's revalidation, worked out on the bundled dataset. */
async function tagsFor(change: Parameters<typeof import('./webhook').tagsForChange>[0]) {
  readEmbeddedSourceWith('');
  const { tagsForChange } = await import('./webhook');
  return tagsForChange(change);
}

describe('what a publish revalidates', () => {
  it('a renamed Spanish page: itself, what shows it, its section, both its addresses and every language\'s page list', async () => {
    const tags = await tagsFor({
      _id: 'page-prisons-policies-es',
      _type: 'page',
      language: 'es',
      slug: 'politicas',
      previousSlug: 'politicas-penitenciarias',
      parent: 'page-prisons-es',
    });
    expect(tags).toEqual(
      expect.arrayContaining([
        'doc:page-prisons-policies-es',
        'section:page-prisons-es',
        'slug:page:es:politicas',
        'slug:page:es:politicas-penitenciarias',
        'list:page:es',
      ]),
    );
    // The English list too: its entries name their Spanish translations (the sitemap's alternates).
    expect(tags.filter((tag) => tag.startsWith('list:')).sort()).toEqual(['list:page:en', 'list:page:es']);
    expect(tags.filter((tag) => tag.startsWith('slug:page:en'))).toEqual([]);
  });

  it('a Member State: the one list of every language, since one document holds every language', async () => {
    const tags = await tagsFor({ _id: 'memberState-ar', _type: 'memberState' });
    expect(tags.filter((tag) => tag.startsWith('list:'))).toEqual(['list:memberState']);
  });

  it('a change whose language the webhook did not send: the lists of every language', async () => {
    const tags = await tagsFor({ _id: 'publication-unknown', _type: 'publication' });
    expect(tags.filter((tag) => tag.startsWith('list:'))).toEqual(['list:publication:en', 'list:publication:es']);
  });

  it('translation metadata, which the site never reads itself: no list and no address', async () => {
    const tags = await tagsFor({ _id: 'translation-metadata-unknown', _type: 'translation.metadata' });
    expect(tags).toEqual(['doc:translation-metadata-unknown']);
  });
});
