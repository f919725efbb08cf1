import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// Links come from i18n/navigation.ts so that every href carries its locale.
const linkFromNavigation = { name: 'next/link', message: 'Import Link from @/i18n/navigation instead.' };

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      'no-restricted-imports': ['error', { paths: [linkFromNavigation] }],
    },
  },
  {
    // Components are the view: only pages and other components use them. Logic that the data
    // layer, search or SEO need lives in domain/ (or i18n/, sanity/, seo/), never in components/.
    files: ['**/*.{ts,tsx,mts,mjs}'],
    ignores: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [linkFromNavigation],
          patterns: [
            {
              group: ['@/components/*', '**/components/*'],
              message: 'Only app/ and components/ import components: move shared logic to domain/.',
            },
          ],
        },
      ],
    },
  },
  { ignores: ['.next/**', '.next-e2e/**', '.next-e2e-live/**', '.next-bench/**', '.next-bench-live/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
];

export default config;
