import { describe, expect, it } from 'vitest';
import { pageMetadata, siteMetadata } from './metadata';
import { absoluteUrl, siteUrl } from './siteUrl';

const prisons = {
  locale: 'es',
  path: '/es/carceles',
  siteName: 'Departamento de Seguridad Pública',
  title: 'Sistemas Penitenciarios y Carcelarios',
  description: 'Resumen',
  versions: [
    { locale: 'en', path: '/en/prisons' },
    { locale: 'es', path: '/es/carceles' },
  ],
} as const;

describe('site metadata', () => {
  it('suffixes page titles with the Department name and resolves URLs on the site', () => {
    const metadata = siteMetadata({ locale: 'es', siteName: 'Departamento de Seguridad Pública' });
    expect(metadata.title).toEqual({
      template: '%s | Departamento de Seguridad Pública',
      default: 'Departamento de Seguridad Pública',
    });
    expect(metadata.metadataBase).toBe(siteUrl);
    expect(metadata.openGraph).toMatchObject({ locale: 'es_LA', siteName: 'Departamento de Seguridad Pública' });
  });
});

describe('page metadata', () => {
  it('names the page itself as canonical and every language version as an alternate', () => {
    const { alternates } = pageMetadata(prisons);
    expect(alternates?.canonical).toBe(absoluteUrl('/es/carceles'));
    expect(alternates?.languages).toEqual({
      en: absoluteUrl('/en/prisons'),
      es: absoluteUrl('/es/carceles'),
      'x-default': absoluteUrl('/en/prisons'),
    });
  });

  it('gives the Open Graph locale of the page and of its translations', () => {
    expect(pageMetadata(prisons).openGraph).toMatchObject({
      locale: 'es_LA',
      alternateLocale: ['en_US'],
      url: absoluteUrl('/es/carceles'),
      siteName: 'Departamento de Seguridad Pública',
      title: 'Sistemas Penitenciarios y Carcelarios',
    });
  });

  it('leaves the title to the site template, unless it already is the Department name', () => {
    expect(pageMetadata(prisons).title).toBe('Sistemas Penitenciarios y Carcelarios');
    expect(pageMetadata({ ...prisons, title: prisons.siteName }).title).toEqual({ absolute: prisons.siteName });
  });

  it('keeps a page that is not indexed out of every hreflang cluster', () => {
    const notice = pageMetadata({
      locale: 'es',
      path: '/es/sin-traduccion/page-x-en',
      siteName: prisons.siteName,
      title: 'Esta página no está disponible en español',
      noindex: true,
    });
    expect(notice.robots).toEqual({ index: false });
    expect(notice.alternates).toMatchObject({ canonical: absoluteUrl('/es/sin-traduccion/page-x-en'), languages: undefined });
    expect(notice.openGraph).toMatchObject({ alternateLocale: [] });
  });

  it('links every page to its language’s news feed, as the site’s defaults do', () => {
    const feed = { 'application/rss+xml': absoluteUrl('/es/noticias/feed.xml') };
    expect(pageMetadata(prisons).alternates?.types).toEqual(feed);
    expect(siteMetadata({ locale: 'es', siteName: prisons.siteName }).alternates?.types).toEqual(feed);
  });

  it('describes a news article as an Open Graph article with its date', () => {
    const metadata = pageMetadata({ ...prisons, article: { publishedTime: '2099-02-24' } });
    expect(metadata.openGraph).toMatchObject({ type: 'article', publishedTime: '2099-02-24' });
    expect(pageMetadata(prisons).openGraph).toMatchObject({ type: 'website' });
  });
});
