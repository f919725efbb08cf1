/**
 * The HTTP security headers of every response, set in next.config.ts `headers()` so that they
 * reach every path (the proxy runs only on unprefixed ones).
 */

type Directives = Record<string, readonly string[]>;

/** `{ 'default-src': ["'self'"] }` → `default-src 'self'`. */
export function contentSecurityPolicy(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/**
 * The public site's policy. Pages are prerendered, so they cannot carry a per-request nonce, and
 * each page inlines its own React Server Components payload (`self.__next_f.push(…)`), so no
 * fixed list of hashes can name its scripts: inline scripts need 'unsafe-inline'. What keeps
 * injected markup out instead: no CMS string is ever rendered as HTML (React escapes text, Portable
 * Text renders as components, JSON-LD escapes `<`), and CMS links are scheme-checked.
 * React needs eval only in development, for its error stacks.
 */
export function sitePolicy({ development }: { development: boolean }): Directives {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : [])],
    'img-src': ["'self'", 'data:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'"],
  };
}

/**
 * Where a test build's Studio reaches the Content Lake stand-in (`E2E_STUDIO_API_HOST`, see
 * sanity/studio/embeddedProject.ts): the host itself, and its project subdomain, which the
 * Studio's client puts in front of it. Nothing without the variable.
 */
function studioTestConnections(testApiHost: string | undefined): string[] {
  if (!testApiHost) return [];
  const { protocol, host } = new URL(testApiHost);
  return [`${protocol}//${host}`, `${protocol}//*.${host}`];
}

/**
 * The Studio's policy, on /studio only: it talks to Sanity's APIs over HTTPS and WebSockets,
 * shows image assets from Sanity's CDN and injects its own styles.
 */
export function studioPolicy({ development, testApiHost }: { development: boolean; testApiHost?: string }): Directives {
  const site = sitePolicy({ development });
  return {
    ...site,
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': [...(site['img-src'] ?? []), 'blob:', 'https://cdn.sanity.io'],
    'connect-src': ["'self'", 'https://*.sanity.io', 'wss://*.sanity.io', ...studioTestConnections(testApiHost)],
    'worker-src': ["'self'", 'blob:'],
  };
}

/**
 * The site's policy for an editor previewing drafts (draft mode, which the Presentation tool turns
 * on): the overlays that lead from a text to its field in the Studio are drawn with inline styles.
 */
export function editorPreviewPolicy({ development }: { development: boolean }): Directives {
  return { ...sitePolicy({ development }), 'style-src': ["'self'", "'unsafe-inline'"] };
}

/** Next's draft-mode cookie, set only through /api/draft-mode/enable with the Studio's secret. */
const draftModeCookie = '__prerender_bypass';

const twoYearsInSeconds = 2 * 365 * 24 * 60 * 60;

interface HeaderRule {
  source: string;
  has?: { type: 'cookie'; key: string }[];
  headers: { key: string; value: string }[];
}

/**
 * Rules for next.config `headers()`. The site's and the Studio's policies match disjoint paths;
 * the editor's preview policy comes after the site's, which it replaces (Next applies a header
 * key's last match) on requests in draft mode. A reader who forges the cookie only loosens the
 * policy of their own pages, and reads nothing but published content without the secret.
 */
export function securityHeaders({
  development,
  studioTestApiHost,
}: {
  development: boolean;
  studioTestApiHost?: string;
}): HeaderRule[] {
  return [
    {
      source: '/:path*',
      headers: [
        { key: 'Strict-Transport-Security', value: `max-age=${twoYearsInSeconds}` },
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
      ],
    },
    {
      source: '/((?!studio(?:/|$)).*)',
      headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy(sitePolicy({ development })) }],
    },
    {
      source: '/((?!studio(?:/|$)).*)',
      has: [{ type: 'cookie', key: draftModeCookie }],
      headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy(editorPreviewPolicy({ development })) }],
    },
    {
      source: '/studio/:path*',
      headers: [{ key: 'Content-Security-Policy', value: contentSecurityPolicy(studioPolicy({ development, testApiHost: studioTestApiHost })) }],
    },
  ];
}
