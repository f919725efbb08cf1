import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage, localeOfLegacyPath, localeOfPath, negotiateLocale } from './negotiate';

describe('locale negotiation', () => {
  it('takes the remembered choice first', () => {
    expect(negotiateLocale({ rememberedChoice: 'es', acceptLanguage: 'en-US,en' })).toBe('es');
  });

  it('ignores a remembered value that is no language of the site', () => {
    expect(negotiateLocale({ rememberedChoice: 'fr', acceptLanguage: 'es-MX' })).toBe('es');
  });

  it('falls back to English when nothing matches', () => {
    expect(negotiateLocale({ rememberedChoice: undefined, acceptLanguage: 'de-DE,fr;q=0.8' })).toBe('en');
    expect(negotiateLocale({ rememberedChoice: undefined, acceptLanguage: null })).toBe('en');
  });

  it.each([
    ['es-AR,es;q=0.9,en;q=0.8', 'es'],
    ['en;q=0.5,es;q=0.9', 'es'],
    ['fr-CA,fr;q=0.9,en;q=0.4,es;q=0.3', 'en'],
    ['ES', 'es'],
    ['es;q=0,en', 'en'],
    ['*', undefined],
    ['garbage;;;q=x', undefined],
  ])('reads Accept-Language %j as %s', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });

  it('finds the language a path starts with', () => {
    expect(localeOfPath('/es/carceles')).toBe('es');
    expect(localeOfPath('/en')).toBe('en');
    expect(localeOfPath('/english')).toBeUndefined();
    expect(localeOfPath('/')).toBeUndefined();
  });

  it.each([
    ['/dsp/english/cpo_carceles.asp', 'en'],
    ['/dsp/espanol/cpo_carceles.asp', 'es'],
    ['/dsp/Espanol/default.asp', 'es'],
    ['/dsp/french/cpo_carceles.asp', undefined],
    ['/dsp/english', undefined],
    ['/english/cpo_carceles.asp', undefined],
  ])('reads the language of the former site’s address %s as %s', (path, expected) => {
    expect(localeOfLegacyPath(path)).toBe(expected);
  });
});
