import { describe, expect, it } from 'vitest';
import { previousSlugsAfterPublish } from './keepPreviousSlug';

const page = (slug: string, previousSlugs?: string[]) => ({ slug: { current: slug }, previousSlugs });

describe('publishing a page with a new slug', () => {
  it('keeps the published slug as a former address', () => {
    expect(previousSlugsAfterPublish(page('about-the-oas'), page('about-oas'))).toEqual(['about-the-oas']);
  });

  it('adds to the former addresses, never keeping the current slug among them', () => {
    expect(previousSlugsAfterPublish(page('b', ['a']), page('c', ['a']))).toEqual(['a', 'b']);
    expect(previousSlugsAfterPublish(page('b', ['a']), page('a', ['a']))).toEqual(['b']);
  });

  it('changes nothing when the slug stays, or on a first publish', () => {
    expect(previousSlugsAfterPublish(page('same'), page('same'))).toBeNull();
    expect(previousSlugsAfterPublish(null, page('new'))).toBeNull();
  });
});
