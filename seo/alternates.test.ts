import { describe, expect, it } from 'vitest';
import { hreflangUrls } from './alternates';
import { absoluteUrl, siteUrl } from './siteUrl';

describe('hreflang links', () => {
  it('name every language version and the English one as x-default', () => {
    expect(
      hreflangUrls([
        { locale: 'en', path: '/en/prisons' },
        { locale: 'es', path: '/es/carceles' },
      ]),
    ).toEqual({
      en: absoluteUrl('/en/prisons'),
      es: absoluteUrl('/es/carceles'),
      'x-default': absoluteUrl('/en/prisons'),
    });
  });

  it('leave out a language the document is not published in', () => {
    expect(hreflangUrls([{ locale: 'en', path: '/en/only-english' }])).toEqual({
      en: absoluteUrl('/en/only-english'),
      'x-default': absoluteUrl('/en/only-english'),
    });
  });

  it('have no x-default when there is no English version to fall back to', () => {
    expect(hreflangUrls([{ locale: 'es', path: '/es/solo-espanol' }])).toEqual({ es: absoluteUrl('/es/solo-espanol') });
  });

  it('are absolute URLs on the configured site', () => {
    expect(absoluteUrl('/es/carceles')).toBe(`${siteUrl.origin}/es/carceles`);
  });
});
