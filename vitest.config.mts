import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{i18n,sanity,components,domain,app,seo,security,cache,search,memory}/**/*.test.ts', 'sanity/studio/**/*.test.tsx'],
    environment: 'node',
    // Vitest leaves a core to its main process by default, which on 2 cores is one worker: the
    // files then run one after another, though the content-model test mostly waits on Sanity's
    // CLI (2 workers: 42 s against 59 s, 5 December 2026).
    maxWorkers: '100%',
    setupFiles: ['vitest.setup.ts'],
  },
  resolve: {
    tsconfigPaths: true,
    // Outside React's server environment 'server-only' throws on import; tests are the server.
    alias: { 'server-only': path.resolve('node_modules/server-only/empty.js') },
  },
});
