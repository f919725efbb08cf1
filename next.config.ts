import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { locales, templates } from './i18n/locales';
import { bundledDatasetFile, contentSourceFrom, describeContentSource } from './sanity/env';
import { securityHeaders } from './security/headers';
import { siteUrlFrom } from './seo/siteUrl';

const contentSource = describeContentSource(contentSourceFrom(process.env));

const nextConfig: NextConfig = {
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  experimental: {
    // Pages rendered after the build (new pages and every unknown path's 404) are kept in
    // memory only, in an LRU capped by cacheMaxMemorySize, so random URLs cannot fill the disk.
    isrFlushToDisk: false,
  },
  cacheMaxMemorySize: 32 * 1024 * 1024,
  outputFileTracingIncludes: { '/**': [bundledDatasetFile] },
  poweredByHeader: false,
  env: {
    // The build records its content source; instrumentation.ts refuses to serve from another.
    BUILT_CONTENT_SOURCE: contentSource,
    // Prerendered pages carry the build's site URL: pages rendered later must use the same one.
    SITE_URL: siteUrlFrom(process.env.SITE_URL).origin,
  },
  async headers() {
    return securityHeaders({ development: process.env.NODE_ENV === 'development' });
  },
  async redirects() {
    // A template's route name in a language that says it otherwise (/es/documents) is sent to
    // that language's address (/es/documentos), so each page has one address.
    return localizedTemplates().map(({ code, template, segment }) => ({
      source: `/${code}/${template}/:rest*`,
      destination: `/${code}/${segment}/:rest*`,
      permanent: true,
    }));
  },
  async rewrites() {
    // Each template's localized segment (/es/sin-traduccion/…) is served by its route.
    return localizedTemplates().map(({ code, template, segment }) => ({
      source: `/${code}/${segment}/:rest*`,
      destination: `/${code}/${template}/:rest*`,
    }));
  },
};

/** Every template whose address in a language differs from its route's name. */
function localizedTemplates() {
  return locales.flatMap(({ code, segments }) =>
    templates
      .filter((template) => segments[template] !== template)
      .map((template) => ({ code, template, segment: segments[template] })),
  );
}

export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
