import { buildCustomRoute } from 'next/dist/lib/build-custom-route';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, editorPreviewPolicy, securityHeaders, sitePolicy, studioPolicy } from './headers';

describe('the content security policy', () => {
  it('is written as directives separated by semicolons', () => {
    expect(contentSecurityPolicy({ 'default-src': ["'self'"], 'img-src': ["'self'", 'data:'] })).toBe(
      "default-src 'self'; img-src 'self' data:",
    );
  });

  it('allows the site nothing from other origins, no plugins, no framing by others', () => {
    expect(contentSecurityPolicy(sitePolicy({ development: false }))).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
    );
  });

  it('allows eval in development only', () => {
    expect(sitePolicy({ development: false })['script-src']).not.toContain("'unsafe-eval'");
    expect(sitePolicy({ development: true })['script-src']).toContain("'unsafe-eval'");
  });

  it('lets the Studio reach Sanity, and keeps the rest of the site policy', () => {
    const studio = studioPolicy({ development: false });
    expect(studio['connect-src']).toEqual(["'self'", 'https://*.sanity.io', 'wss://*.sanity.io']);
    expect(studio['script-src']).not.toContain("'unsafe-eval'");
    expect(studio['object-src']).toEqual(["'none'"]);
    expect(studio['frame-ancestors']).toEqual(["'self'"]);
  });

  it("lets a test build's Studio reach the Content Lake stand-in, and no other build", () => {
    const testBuild = studioPolicy({ development: false, testApiHost: 'https://localhost:3212' });
    expect(testBuild['connect-src']).toEqual([
      "'self'",
      'https://*.sanity.io',
      'wss://*.sanity.io',
      'https://localhost:3212',
      'https://*.localhost:3212',
    ]);
    expect(contentSecurityPolicy(studioPolicy({ development: false }))).not.toContain('localhost');
  });
});

describe('the policies by path', () => {
  // Matched the way `next start` matches header rules, with Next's own route compiler.
  const rules = securityHeaders({ development: false }).map((rule) => buildCustomRoute('header', rule));
  /** The policies Next sets, in order (the last one is sent), for a reader or an editor in draft mode. */
  const policiesAt = (path: string, { draftMode = false } = {}) =>
    rules
      .filter((rule) => new RegExp(rule.regex).test(path) && (!rule.has || draftMode))
      .flatMap((rule) => rule.headers.filter((header) => header.key === 'Content-Security-Policy'))
      .map((header) => header.value);

  it.each(['/', '/en', '/es/carceles', '/api/language', '/_next/static/chunks/a.js', '/studios', '/en/studio'])(
    '%s has the site policy alone',
    (path) => expect(policiesAt(path)).toEqual([contentSecurityPolicy(sitePolicy({ development: false }))]),
  );

  it.each(['/studio', '/studio/', '/studio/structure/page'])('%s has the Studio policy alone', (path) =>
    expect(policiesAt(path)).toEqual([contentSecurityPolicy(studioPolicy({ development: false }))]),
  );

  it.each(['/en', '/es/carceles'])(
    '%s in draft mode ends with the preview policy, which lets the overlays style themselves',
    (path) => {
      const sent = policiesAt(path, { draftMode: true }).at(-1);
      expect(sent).toBe(contentSecurityPolicy(editorPreviewPolicy({ development: false })));
      expect(sent).toContain("style-src 'self' 'unsafe-inline'");
      expect(sent).not.toContain('connect-src');
    },
  );

  it('the Studio keeps its own policy in draft mode', () =>
    expect(policiesAt('/studio/presentation', { draftMode: true })).toEqual([
      contentSecurityPolicy(studioPolicy({ development: false })),
    ]));

  it('every path has the other security headers', () => {
    const everywhere = rules.filter((rule) => new RegExp(rule.regex).test('/anything/at/all'));
    expect(everywhere.flatMap((rule) => rule.headers.map((header) => header.key))).toEqual(
      expect.arrayContaining(['Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']),
    );
  });
});
