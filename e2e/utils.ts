import type { APIRequestContext, Page } from '@playwright/test';
import axe from 'axe-core';

export const locales = ['en', 'es'] as const;

/** Where the e2e build goes, apart from the one `npm run serve` makes. */
export const e2eDistDir = '.next-e2e';
/** Where the live build goes (see e2e/servers.mjs). */
export const e2eLiveDistDir = '.next-e2e-live';

/**
 * The site URL the test build is made with. It is not the test server's own address, so every
 * absolute URL the tests read proves the setting is used; e2e/deployed/ serves the build there,
 * behind nginx (see e2e/deployed/reverseProxy.mjs, which names the same host).
 */
export const e2eSiteUrl = 'https://dps.example.test';

/** Where the e2e servers listen on loopback (see playwright.config.ts and e2e/servers.mjs). */
export const e2ePorts = {
  E2E_PORT: process.env.E2E_PORT ?? '3210',
  E2E_LIVE_PORT: process.env.E2E_LIVE_PORT ?? '3211',
  E2E_CONTENT_LAKE_PORT: process.env.E2E_CONTENT_LAKE_PORT ?? '3212',
  // e2e/instances/: two more instances of the live build (this port and the next) and Redis.
  E2E_INSTANCE_PORT: process.env.E2E_INSTANCE_PORT ?? '3213',
  E2E_REDIS_PORT: process.env.E2E_REDIS_PORT ?? '3215',
  // e2e/instances/clockAhead.spec.ts: one more, its wall clock ahead of its monotonic clock.
  E2E_CLOCK_AHEAD_PORT: process.env.E2E_CLOCK_AHEAD_PORT ?? '3218',
  // e2e/deployed/: the embedded build again, bound to 0.0.0.0 as deployed, and nginx's TLS port.
  E2E_DEPLOYED_PORT: process.env.E2E_DEPLOYED_PORT ?? '3216',
  E2E_TLS_PORT: process.env.E2E_TLS_PORT ?? '3217',
};

/**
 * Stand-ins for the server's secrets, set in the test server's environment: none of them may
 * ever reach a browser.
 */
export const e2eSecrets = {
  SANITY_API_READ_TOKEN: 'e2e-secret-read-token-4f9c2a7e',
  SANITY_REVALIDATE_SECRET: 'e2e-secret-revalidate-b81d5e03',
  SANITY_PREVIEW_SECRET: 'e2e-secret-preview-6a0f3c9d',
};

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

let crawledPaths: string[] | undefined;

/**
 * Every page reachable by links and toggles from the home pages and the fixtures, in both
 * languages. The embedded build's content never changes during a run: one crawl per worker.
 */
export async function crawlSite(request: APIRequestContext): Promise<string[]> {
  crawledPaths ??= await crawl(request);
  return crawledPaths;
}

async function crawl(request: APIRequestContext): Promise<string[]> {
  const seen = new Set<string>([...locales.map((locale) => `/${locale}`), englishOnlyFixture.path]);
  const answeredFiles = new Set<string>();
  const queue = [...seen];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    const response = await request.get(path, { maxRedirects: 0 });
    if (response.status() !== 200) throw new Error(`${path} answered ${response.status()}`);
    // A linked file that is no page (a news feed) must answer too, but is not a page to check.
    if (!response.headers()['content-type']?.startsWith('text/html')) {
      seen.delete(path);
      answeredFiles.add(path);
      continue;
    }
    for (const next of linkedPaths(await response.text())) {
      if (answeredFiles.has(next)) continue;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen].sort();
}

/**
 * The crawled pages a browser should open one by one: all but the 2nd to 25th of the fictional
 * news articles (e2e/fixtures/news.ndjson), which only make the list long enough to page through
 * and share the article template with the first, which stays (e2e/news.spec.ts checks it too).
 */
export function pagesToOpen(paths: string[]): string[] {
  return paths.filter((path) => !/\/(fixture-news|noticia-de-prueba)-(0[2-9]|[1-9]\d)$/.test(path));
}

/** Where a page's language toggle leads, read from its HTML. */
export function toggleDestinationIn(html: string): string {
  const href = /<nav[^>]*aria-label="(?:Language selection|Selección de idioma)"[^>]*>[\s\S]*?href="([^"]+)"/.exec(html)?.[1];
  if (!href) throw new Error('the page has no language toggle');
  return toggleDestination(href.replaceAll('&amp;', '&'));
}

/** Whether a path is the notice shown where a page has no translation. */
export function isUntranslatedNotice(path: string): boolean {
  return /^\/(en\/untranslated|es\/sin-traduccion)\//.test(path);
}

export interface HeadMetadata {
  title: string;
  canonical: string | undefined;
  /** hreflang → URL, from `<link rel="alternate" hreflang>`. */
  hreflang: Record<string, string>;
  /** `<meta>` values by name or property; a property may repeat (og:locale:alternate). */
  meta: Record<string, string[]>;
}

const entities: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#x27;': "'", '&lt;': '<', '&gt;': '>' };
const decode = (value: string) => value.replace(/&(amp|quot|#x27|lt|gt);/g, (entity) => entities[entity] ?? entity);

function attributesOf(tag: string): Record<string, string> {
  return Object.fromEntries(
    [...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name = '', value = '']) => [name.toLowerCase(), decode(value)]),
  );
}

/** The metadata a crawler reads in a page's `<head>`, as the server sent it. */
export function headMetadata(html: string): HeadMetadata {
  const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
  const tags = [...head.matchAll(/<(link|meta)\b[^>]*>/g)].map(([tag, kind]) => ({ kind, ...attributesOf(tag) }));
  const metadata: HeadMetadata = {
    title: decode(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? ''),
    canonical: undefined,
    hreflang: {},
    meta: {},
  };
  for (const { kind, rel, href, hreflang, name, property, content } of tags as Record<string, string | undefined>[]) {
    if (kind === 'link' && rel === 'canonical') metadata.canonical = href;
    if (kind === 'link' && rel === 'alternate' && hreflang && href) metadata.hreflang[hreflang] = href;
    const key = name ?? property;
    if (kind === 'meta' && key && content !== undefined) (metadata.meta[key] ??= []).push(content);
  }
  return metadata;
}

/** The path of a URL on the configured site, with its query: `https://…/es/noticias?page=2` → `/es/noticias?page=2`. */
export function sitePath(url: string): string {
  if (!url.startsWith(`${e2eSiteUrl}/`)) throw new Error(`${url} is not on the site ${e2eSiteUrl}`);
  const { pathname, search } = new URL(url);
  return `${pathname}${search}`;
}

/** axe with every WCAG 2.0–2.2 A/AA rule, best practices, and WCAG 2.2's target-size. */
const axeRunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: { 'target-size': { enabled: true } },
  // Only violations are read: axe then skips collecting every passing node.
  resultTypes: ['violations'],
} satisfies axe.RunOptions;

/**
 * axe's violations on the page as it is laid out now. axe's 550 KB source goes into a document
 * once, so that a check at another width after a resize costs only the run: injecting it took
 * longer than running it, and @axe-core/playwright injected it twice a run. axe runs in the page's
 * own document: the site has no frames, and a page with one fails here rather than go unchecked.
 */
export async function accessibilityViolations(page: Page) {
  const frames = page.frames().slice(1);
  if (frames.length > 0) throw new Error(`axe runs in the page's document only: ${frames.map((frame) => frame.url()).join(', ')}`);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const { violations } = await page.evaluate(
    (options) => (window as unknown as { axe: typeof axe }).axe.run(document, options),
    axeRunOptions,
  );
  return violations.map(({ id, help, nodes }) => ({
    id,
    help,
    targets: nodes.map((node) => node.target.join(' ')),
  }));
}

/** Makes the page keep every content security policy violation it hears of, from its first script on. */
export async function recordCspViolations(page: Page) {
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}`),
    );
  });
}

/** The violations the page has heard of so far (after recordCspViolations). */
export function cspViolationsIn(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** The titles of a search results page, in their order, as the server sent them. */
export function searchResultTitles(html: string): string[] {
  const main = /<main\b[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
  return [...main.matchAll(/<h2\b[^>]*>([\s\S]*?)<\/h2>/g)].map(([, inner = '']) => decode(inner.replace(/<[^>]*>/g, '')));
}
