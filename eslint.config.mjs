import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // Links come from i18n/navigation.ts so that every href carries its locale.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'next/link', message: 'Import Link from @/i18n/navigation instead.' }] },
      ],
    },
  },
  { ignores: ['.next/**', '.next-e2e/**', '.next-e2e-live/**', '.next-bench/**', '.next-bench-live/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**'] },
];

export default config;
