import { AxeBuilder } from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';

export const locales = ['en', 'es'] as const;

/** Where the e2e build goes, apart from the one `npm run serve` makes. */
export const e2eDistDir = '.next-e2e';

/** The English-only fixture page (e2e/fixtures/content.ndjson). */
export const englishOnlyFixture = { id: 'page-fixture-english-only-en', path: '/en/fixture-english-only' };

const pageLinkPattern = /^\/(en|es)(\/|$)/;

/** The path a language-toggle link leads to, read from its `to` parameter. */
export function toggleDestination(href: string): string {
  const url = new URL(href, 'http://localhost');
  return url.searchParams.get('to') ?? url.pathname;
}

function linkedPaths(html: string): string[] {
  return [...html.matchAll(/href="([^"]+)"/g)]
    .map((match) => (match[1] ?? '').replaceAll('&amp;', '&'))
    .map((href) => (href.startsWith('/api/language') ? toggleDestination(href) : href))
    .filter((href) => pageLinkPattern.test(href))
    .map((href) => href.split('#')[0] ?? href);
}

/** Every page reachable by links and toggles from the home pages and the fixtures, in both languages. */
export async function crawlSite(request: APIRequestContext): Promise<string[]> {
  const seen = new Set<string>([...locales.map((locale) => `/${locale}`), englishOnlyFixture.path]);
  const queue = [...seen];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    const response = await request.get(path, { maxRedirects: 0 });
    if (response.status() !== 200) throw new Error(`${path} answered ${response.status()}`);
    for (const next of linkedPaths(await response.text())) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen].sort();
}

/** axe with every WCAG 2.0–2.2 A/AA rule, best practices, and WCAG 2.2's target-size. */
export async function accessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .options({ rules: { 'target-size': { enabled: true } } })
    .analyze();
  return results.violations.map(({ id, help, nodes }) => ({
    id,
    help,
    targets: nodes.map((node) => node.target.join(' ')),
  }));
}
