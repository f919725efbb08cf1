import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { locales, templates } from './i18n/locales';
import { templateSegments } from './i18n/templateRoutes';
import { cacheControlHeaders, cacheControlSettingsModel } from './cache/headers';
import { precompressStaticFiles } from './cache/precompressed.mjs';
import { bundledDatasetFile, contentSourceFrom, describeContentSource } from './sanity/env';
import { securityHeaders } from './security/headers';
import { siteUrlFrom } from './seo/siteUrl';

const source = contentSourceFrom(process.env);
const distDir = process.env.NEXT_DIST_DIR || '.next';
const cacheControl = cacheControlSettingsModel.parse(process.env);

const nextConfig: NextConfig = {
  distDir,
  // A self-contained server (scripts/start.mjs runs it): the same folder is deployed to every instance.
  output: 'standalone',
  reactStrictMode: true,
  // The incremental cache: Redis shared by every instance when REDIS_URL is set at start, else
  // Next's own cache in memory (see the file). Either way no per-instance copy sits in front of
  // it: with several instances it would go stale. The one-instance cache sets its own LRU size.
  cacheHandler: path.resolve('cache/handler.mjs'),
  cacheMaxMemorySize: 0,
  experimental: {
    // Pages rendered after the build (new pages and every unknown path's 404) are kept in
    // memory only, so random URLs cannot fill the disk.
    isrFlushToDisk: false,
    // Turbopack's cache on disk (some 250 MB in the dist folder) speeds up a later build in the
    // same folder (37 s against 93 s here) but writing it holds the first build's end up (fresh
    // builds 62 s without it against 75 s with it, the mean of three each, 4 December 2026).
    // Deployments and CI build in a fresh clone, as does the README's set-up command.
    turbopackFileSystemCacheForBuild: false,
    // Source maps of the server's chunks (545 files, 71 MB) cost a fresh build some 9 s (52 s
    // without against 61 s with them, three and five builds) and are read only by a server
    // started with node --enable-source-maps, which scripts/start.mjs is not. `next dev` keeps them.
    turbopackSourceMaps: process.env.NODE_ENV === 'development',
  },
  // `npm test` typechecks the whole project, the route types included (`npm run typecheck`:
  // next typegen && tsc --noEmit): the build does not do it again (a fifth of a build on 2 cores).
  typescript: { ignoreBuildErrors: true },
  // The standalone server reads the content files where it runs: trace those the build read.
  outputFileTracingIncludes: { '/**': source.kind === 'embedded' ? source.files : [bundledDatasetFile] },
  poweredByHeader: false,
  // scripts/start.mjs compresses instead, each cached page once rather than on every request
  // (cache/compression.mjs). `next start` would serve uncompressed: the site is served by npm start.
  compress: false,
  compiler: {
    // Static files are compressed once here, in Brotli and gzip, and sent as they are
    // (cache/precompressed.mjs). Next's compile has written them all by now.
    runAfterProductionCompile: ({ distDir: builtDir }) => precompressStaticFiles(path.join(builtDir, 'static')),
  },
  // Next hashes every HTML response in JavaScript for its ETag: measured on /en (38 KB), 40 % of
  // the server's time, 510 → 850 requests/s. Freshness comes from Cache-Control instead (see
  // cache/headers.ts); a repeat visit past it downloads the page again, some 8 KB gzipped.
  generateEtags: false,
  env: {
    // The build records its content source; instrumentation.ts refuses to serve from another.
    BUILT_CONTENT_SOURCE: describeContentSource(source),
    // Where the build's prerendered pages are, for putting them in the shared cache at start.
    BUILT_DIST_DIR: distDir,
    // Prerendered pages carry the build's site URL: pages rendered later must use the same one.
    SITE_URL: siteUrlFrom(process.env.SITE_URL).origin,
  },
  async headers() {
    return [
      ...securityHeaders({
        development: process.env.NODE_ENV === 'development',
        // Set by the e2e live build only: its Studio talks to the Content Lake stand-in.
        studioTestApiHost: process.env.E2E_STUDIO_API_HOST,
      }),
      ...cacheControlHeaders(cacheControl),
    ];
  },
  async redirects() {
    // A template's address in another language (/es/documents, /en/documentos) is sent to this
    // language's (/es/documentos), so each page has one address. Every address is a real route
    // (see i18n/templateRoutes.ts): no rewrites.
    return locales.flatMap(({ code, segments }) =>
      templates.flatMap((template) =>
        templateSegments(template)
          .filter((segment) => segment !== segments[template])
          .map((segment) => ({
            source: `/${code}/${segment}/:rest*`,
            destination: `/${code}/${segments[template]}/:rest*`,
            permanent: true,
          })),
      ),
    );
  },
};

export default createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  // Messages are compiled at build, so the browser gets no ICU message parser: the error page's
  // strings are the only ones it formats.
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
})(nextConfig);
