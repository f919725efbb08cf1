import { NextResponse, type NextRequest } from 'next/server';
import { localeOfLegacyPath, localeOfPath, negotiateLocale } from './i18n/negotiate';
import { localeCookieName } from './i18n/routing';
import { badRequestResponse, isMalformedPath } from './security/malformedRequest';

/**
 * Sends every unprefixed path to the reader's language, and answers unreadable addresses before
 * Next's router fails on them. Prefixed paths pass straight through: they are the site's
 * cacheable pages, and nothing here may vary them.
 */
export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isMalformedPath(pathname)) return badRequestResponse(localeOfPath(pathname));
  if (localeOfPath(pathname) || routeOutsideLanguages.test(pathname)) return NextResponse.next();

  // An address of the former oas.org site names its language: its redirect is answered in one
  // hop, whatever the browser asks for (the page resolves the CMS's redirect documents).
  const legacyLocale = localeOfLegacyPath(pathname);
  if (legacyLocale) return NextResponse.rewrite(new URL(`/${legacyLocale}${pathname}${search}`, request.url));

  const locale = negotiateLocale({
    rememberedChoice: request.cookies.get(localeCookieName)?.value,
    acceptLanguage: request.headers.get('accept-language'),
  });
  // Next sends a redirect to the request's own host as a relative Location (RFC 9110 allows it),
  // so the server's bind address never reaches the reader.
  const target = new URL(`/${locale}${pathname === '/' ? '' : pathname}${search}`, request.url);
  const response = NextResponse.redirect(target, 307);
  response.headers.set('Cache-Control', 'private, no-store');
  response.headers.set('Vary', 'Cookie, Accept-Language');
  return response;
}

/** The route handlers and the Studio, which only the second matcher below brings here. */
const routeOutsideLanguages = /^\/(?:api|studio)\//;

export const config = {
  matcher: [
    // Route handlers, the Studio, framework assets and the site's root files are not pages. Any
    // other unprefixed path, a mistyped file name included, is sent to a language and 404s there
    // (unknown paths under /api/ have their own 404: app/api/[...unknown]). The site's languages
    // are listed too, so their pages never start the proxy at all: measured on /en/prisons, 1,750
    // requests/s instead of 1,160. (Next needs literals here. A language added to
    // i18n/locales.ts but not here still works: the proxy passes its pages through.)
    '/((?!(?:en|es|api|studio)(?:/|$)|_next/(?:static|image)(?:/|$)|(?:favicon\\.ico|icon\\.svg|robots\\.txt|sitemap\\.xml|manifest\\.webmanifest)$).*)',
    // A percent sign may be an encoding Next's router cannot decode (a 500 there).
    '/(en|es|api|studio)/(.*%.*)',
  ],
};
