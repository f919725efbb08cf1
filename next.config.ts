import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { locales, templates } from './i18n/locales';
import { bundledDatasetFile, contentSourceFrom, describeContentSource } from './sanity/env';

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
  // The build records its content source; instrumentation.ts refuses to serve from another.
  env: { BUILT_CONTENT_SOURCE: contentSource },
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
