import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{i18n,sanity,components,domain,app,seo,security,cache,search}/**/*.test.ts', 'sanity/studio/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['vitest.setup.ts'],
  },
  resolve: {
    tsconfigPaths: true,
    // Outside React's server environment 'server-only' throws on import; tests are the server.
    alias: { 'server-only': path.resolve('node_modules/server-only/empty.js') },
  },
});
