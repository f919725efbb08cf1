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
  async rewrites() {
    // Each template's localized segment (/es/sin-traduccion/…) is served by its route.
    return locales.flatMap(({ code, segments }) =>
      templates
        .filter((template) => segments[template] !== template)
        .map((template) => ({
          source: `/${code}/${segments[template]}/:rest*`,
          destination: `/${code}/${template}/:rest*`,
        })),
    );
  },
};

export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
