import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ownerOfFirstSegment, routesOutsideLanguages } from './reservedSegments';

/** The static route folders of an app/ directory, route groups opened, [dynamic] folders left out. */
function staticRoutes(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('['))
    .flatMap((entry) => (entry.name.startsWith('(') ? staticRoutes(path.join(directory, entry.name)) : [entry.name]));
}

describe('the first path segments the site owns', () => {
  it('include every route of app/ outside the languages', () => {
    expect(routesOutsideLanguages).toEqual(expect.arrayContaining(staticRoutes('app')));
  });

  it('include every route of app/[locale]/, each a template’s address (private folders, _…, are no routes)', () => {
    const routes = staticRoutes('app/[locale]').filter((folder) => !folder.startsWith('_'));
    expect(routes.filter((folder) => !['templateSegment', 'templateRoute'].includes(ownerOfFirstSegment(folder)?.kind ?? ''))).toEqual([]);
  });

  it.each([
    ['noticias', { kind: 'templateSegment', template: 'news', locale: 'es' }],
    ['news', { kind: 'templateSegment', template: 'news', locale: 'en' }],
    ['sin-traduccion', { kind: 'templateSegment', template: 'untranslated', locale: 'es' }],
    ['studio', { kind: 'route', route: 'studio' }],
    ['api', { kind: 'route', route: 'api' }],
    ['es', { kind: 'language', locale: 'es' }],
  ])('name the owner of “%s”', (segment, owner) => {
    expect(ownerOfFirstSegment(segment)).toEqual(owner);
  });

  it('leave every other slug to pages', () => {
    expect(ownerOfFirstSegment('prisons')).toBeUndefined();
    expect(ownerOfFirstSegment('carceles')).toBeUndefined();
  });

  it('include a template’s route name where no language uses it as its address', async () => {
    vi.resetModules();
    vi.doMock('./locales', async (importOriginal) => {
      const original = await importOriginal<typeof import('./locales')>();
      const [english, ...others] = original.locales;
      return { ...original, locales: [{ ...english, segments: { ...english.segments, news: 'updates' } }, ...others] };
    });
    const { ownerOfFirstSegment: ownerWithRenamedNews } = await import('./reservedSegments');
    expect(ownerWithRenamedNews('news')).toEqual({ kind: 'templateRoute', template: 'news' });
    vi.doUnmock('./locales');
  });
});
