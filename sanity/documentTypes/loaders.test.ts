import { describe, expect, it } from 'vitest';
import { collectWarnings, importContentLayer, readEmbeddedSourceWith } from '../lib/testing';

const fixture = 'sanity/lib/__fixtures__/content.ndjson';

/** Each test loads the content layer afresh, on the bundled dataset plus the given fixtures. */
async function contentLayer(fixtures = fixture) {
  readEmbeddedSourceWith(fixtures);
  const content = await importContentLayer();
  const pageAt = async (...args: Parameters<typeof content.resolvePath>) => {
    const resolution = await content.resolvePath(...args);
    return resolution?.kind === 'page' ? resolution.page : null;
  };
  return { ...content, pageAt, ...(await import('@/domain/urls')) };
}

const warnings = collectWarnings();

describe('the content layer on the embedded source', () => {
  it('finds the bundled Prisons page in both languages, linked as translations', async () => {
    const { pageAt, documentToggleTargets } = await contentLayer();
    const english = await pageAt('en', ['prisons']);
    const spanish = await pageAt('es', ['carceles']);
    expect(english?.title).toBe('Penitentiary and Prison Systems');
    expect(spanish?.title).toBe('Sistemas Penitenciarios y Carcelarios');
    expect(english?.lastUpdated).toBe('2010-12-06');
    expect(documentToggleTargets(english!)).toEqual([{ locale: 'es', path: '/es/carceles' }]);
    expect(documentToggleTargets(spanish!)).toEqual([{ locale: 'en', path: '/en/prisons' }]);
  });

  it('resolves nested paths through their ancestors, per language', async () => {
    const { pageAt, documentToggleTargets } = await contentLayer();
    const child = await pageAt('en', ['section', 'child']);
    expect(child?._id).toBe('page-child-en');
    expect(child?.breadcrumbs.map((crumb) => crumb._id)).toEqual(['page-section-en']);
    expect(documentToggleTargets(child!)).toEqual([{ locale: 'es', path: '/es/seccion/hija' }]);
    // The same slug at the top level is another page.
    expect((await pageAt('en', ['child']))?._id).toBe('page-orphan-en');
  });

  it('answers null for paths that are not pages', async () => {
    const { pageAt } = await contentLayer();
    expect(await pageAt('en', ['no-such-page'])).toBeNull();
    expect(await pageAt('en', ['prisons', 'child'])).toBeNull();
    expect(await pageAt('es', ['prisons'])).toBeNull();
    expect(await pageAt('en', ['seccion'])).toBeNull();
  });

  it('redirects a former slug to the page, keeping the rest of the path', async () => {
    const { resolvePath } = await contentLayer();
    expect(await resolvePath('en', ['old-section'])).toEqual({ kind: 'redirect', path: '/en/section', permanent: true });
    // A page under a renamed parent keeps its old address too.
    expect(await resolvePath('en', ['old-section', 'child'])).toEqual({
      kind: 'redirect',
      path: '/en/section/child',
      permanent: true,
    });
    expect(await resolvePath('en', ['old-section', 'nothing'])).toBeNull();
  });

  it('serves redirect documents for legacy addresses, with or without a language prefix', async () => {
    const { resolvePath } = await contentLayer();
    expect(await resolvePath('en', ['dsp', 'english', 'cpo_carceles.asp'])).toEqual({
      kind: 'redirect',
      path: '/en/prisons',
      permanent: true,
    });
    expect(await resolvePath('es', ['old', 'library.asp'])).toEqual({ kind: 'redirect', path: '/es/carceles', permanent: false });
  });

  it('sends a page without a translation to the notice in the other language', async () => {
    const { pageAt, documentToggleTargets } = await contentLayer();
    const orphan = await pageAt('en', ['child']);
    expect(documentToggleTargets(orphan!)).toEqual([{ locale: 'es', path: '/es/sin-traduccion/page-orphan-en' }]);
  });

  it('lists a page in every language it is published in, its own included', async () => {
    const { pageAt, getPageIndex, publishedVersions } = await contentLayer();
    const child = await pageAt('es', ['seccion', 'hija']);
    expect(publishedVersions(child!)).toEqual([
      { locale: 'en', path: '/en/section/child' },
      { locale: 'es', path: '/es/seccion/hija' },
    ]);
    const orphan = (await getPageIndex('en')).find((page) => page._id === 'page-orphan-en');
    expect(publishedVersions(orphan!)).toEqual([{ locale: 'en', path: '/en/child' }]);
  });

  it('never reads drafts or other private documents', async () => {
    const { pageAt, getPageIndex, localizedPath } = await contentLayer();
    // The fixture's draft of Section gives it another title and slug; a release holds a page never published.
    expect((await pageAt('en', ['section']))?.title).toBe('Section');
    expect(await pageAt('en', ['renamed-in-draft'])).toBeNull();
    expect(await pageAt('en', ['upcoming'])).toBeNull();
    const addresses = (await getPageIndex('en')).map(localizedPath);
    expect(addresses).toContain('/en/section');
    expect(addresses).not.toContain('/en/renamed-in-draft');
    expect(addresses).not.toContain('/en/upcoming');
  });

  it('logs an invalid related document with its _id and path, and leaves it out', async () => {
    const { pageAt } = await contentLayer();
    const page = await pageAt('en', ['section']);
    expect(page?.relatedPublications.map((publication) => publication._id)).toEqual(['publication-valid-en']);
    expect(warnings).toEqual([expect.stringMatching(/publication-invalid-en: kind: /)]);
  });

  it('treats a page that fails its model as absent, and says why', async () => {
    const { pageAt } = await contentLayer();
    expect(await pageAt('en', ['broken'])).toBeNull();
    expect(warnings).toEqual([expect.stringMatching(/page-broken-en: title: /)]);
  });

  it('lists the pages of a language with the languages they exist in', async () => {
    const { getPageIndex } = await contentLayer();
    const index = await getPageIndex('en');
    expect(index.find((page) => page._id === 'page-orphan-en')?.translatedInto).toEqual([]);
    expect(index.find((page) => page._id === 'page-prisons-en')?.translatedInto.sort()).toEqual(['en', 'es']);
    expect(index.some((page) => page.language !== 'en')).toBe(false);
  });

  it('reads the site chrome of each language, leaving out links to pages that do not exist', async () => {
    const { getSiteChrome } = await contentLayer();
    const english = await getSiteChrome('en');
    const spanish = await getSiteChrome('es');
    expect(english?.settings.department.name).toBe('Department of Public Security');
    expect(spanish?.settings.department.name).toBe('Departamento de Seguridad Pública');
    // The fixture's English navigation replaces the bundled one: a page, a missing page, a list.
    expect(english?.navigation.primary.map((link) => link.label)).toEqual(['Section', 'Documents']);
    expect(spanish?.navigation.primary.map((link) => link.label)).toContain('Cárceles');
  });

  it('gives a Member States block every state named in the reader’s language, leaving out the unnamed', async () => {
    const { pageAt, memberStatesListModel } = await contentLayer();
    const statesOn = async (...args: Parameters<typeof pageAt>) => {
      const block = (await pageAt(...args))?.body.find((each) => each._type === 'memberStatesList');
      return memberStatesListModel.parse(block).states;
    };
    const spanish = await statesOn('es', ['estados-miembros']);
    expect(spanish).toHaveLength(35);
    expect(spanish.find((state) => state.isoCode === 'LC')?.name).toBe('Santa Lucía');
    expect(spanish.find((state) => state.isoCode === 'CU')?.statusNote).toMatch(/^Tras la resolución de 2009/);
    expect(warnings).toEqual([expect.stringMatching(/memberState-fixture-en-only: name: /)]);
    const english = await statesOn('en', ['member-states']);
    expect(english).toHaveLength(36);
    expect(english.find((state) => state.isoCode === 'BS')).toMatchObject({ name: 'The Bahamas', sortName: 'Bahamas' });
  });
});

describe('a failing source', () => {
  it('throws, and is never mistaken for absent content', async () => {
    const { pageAt, ContentSourceError } = await contentLayer('sanity/lib/__fixtures__/missing.ndjson');
    await expect(pageAt('en', ['prisons'])).rejects.toBeInstanceOf(ContentSourceError);
  });
});
