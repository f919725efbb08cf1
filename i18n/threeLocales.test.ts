import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * Adding a language is configuration and content: with French added to the locale list (and a
 * messages file and a page for it, all fixtures), routing, negotiation, the Studio and the site's
 * page list take it up without any source change.
 */
vi.mock('./locales', async (importOriginal) => {
  const original = await importOriginal<typeof import('./locales')>();
  const locales = [
    ...original.locales,
    { code: 'fr', nativeName: 'Français', hreflang: 'fr', formattingLocale: 'fr', segments: { untranslated: 'non-traduit', documents: 'documents', meetings: 'reunions', news: 'actualites', search: 'recherche' } },
  ];
  const localeCodes = locales.map((locale) => locale.code);
  return {
    ...original,
    locales,
    localeCodes,
    localeDefinition: (code: string) => locales.find((locale) => locale.code === code),
    isLocale: (value: unknown) => typeof value === 'string' && localeCodes.includes(value),
  };
});

afterEach(() => vi.unstubAllEnvs());

describe('a third language from configuration alone', () => {
  it('is routed and negotiated', async () => {
    const { routing, untranslatedNoticePath } = await import('./routing');
    const { negotiateLocale, localeOfPath } = await import('./negotiate');
    expect(routing.locales).toEqual(['en', 'es', 'fr']);
    expect(negotiateLocale({ rememberedChoice: undefined, acceptLanguage: 'fr-CA,fr;q=0.9' })).toBe('fr');
    expect(localeOfPath('/fr/prisons')).toBe('fr');
    expect(untranslatedNoticePath('fr' as never, 'page-x')).toBe('/fr/non-traduit/page-x');
  });

  it('keeps its template addresses and its code from top-level pages', async () => {
    const { ownerOfFirstSegment } = await import('./reservedSegments');
    expect(ownerOfFirstSegment('actualites')).toEqual({ kind: 'templateSegment', template: 'news', locale: 'fr' });
    expect(ownerOfFirstSegment('fr')).toEqual({ kind: 'language', locale: 'fr' });
  });

  it('has interface messages with every key of English', () => {
    type Messages = { [key: string]: string | Messages };
    const keys = (messages: Messages, prefix = ''): string[] =>
      Object.entries(messages).flatMap(([key, value]) =>
        typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
      );
    const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Messages;
    expect(keys(read('i18n/__fixtures__/messages/fr.json')).sort()).toEqual(keys(read('messages/en.json')).sort());
  });

  it('is a language of the Studio, its document templates and its lists', async () => {
    const { studioLanguages } = await import('../sanity/studio/config');
    const { languageField } = await import('../sanity/schemaTypes/fields');
    expect(studioLanguages).toContainEqual({ id: 'fr', title: 'Français' });
    expect(languageField.options?.list).toContainEqual({ title: 'Français', value: 'fr' });
  }, 60_000); // loading the Studio's modules takes seconds on a cold, busy machine

  it('has its pages found and linked as translations', async () => {
    vi.stubEnv('SANITY_PROJECT_ID', '');
    vi.stubEnv('SANITY_DATASET', '');
    vi.stubEnv('SANITY_EMBEDDED_FIXTURES', 'i18n/__fixtures__/french-page.ndjson');
    const { getPageIndex, resolvePath } = await import('../sanity/documentTypes/page');
    const pageAt = async (...args: Parameters<typeof resolvePath>) => {
      const resolution = await resolvePath(...args);
      return resolution?.kind === 'page' ? resolution.page : null;
    };
    const { documentToggleTargets } = await import('../domain/urls');
    expect((await getPageIndex('fr' as never)).map((page) => page._id)).toEqual(['page-prisons-fr']);
    const english = await pageAt('en', ['prisons']);
    expect(documentToggleTargets(english!)).toEqual([
      { locale: 'es', path: '/es/carceles' },
      { locale: 'fr', path: '/fr/prisons' },
    ]);
    const spanishOnly = await pageAt('es', ['sobre-el-departamento', 'estructura']);
    expect(documentToggleTargets(spanishOnly!)).toContainEqual({ locale: 'fr', path: '/fr/non-traduit/page-structure-es' });
  });
});
