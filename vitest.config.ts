import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{i18n,sanity,components,app}/**/*.test.ts'],
    environment: 'node',
  },
  resolve: { tsconfigPaths: true },
});
