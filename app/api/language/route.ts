import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { localeOfPath } from '@/i18n/negotiate';
import { localeCookieName } from '@/i18n/routing';
import { servedOverHttps } from '@/seo/siteUrl';

/**
 * The language toggle passes through here: the reader's explicit choice is remembered in a
 * cookie (for their next visit to /), then they are sent on to the page. Only same-origin paths
 * in a known language are accepted, so this can never redirect anywhere else.
 */
const languageChoice = z.object({
  to: z
    .string()
    .max(2048)
    .regex(/^\/[A-Za-z0-9\-._~%/]*$/, 'must be a path on this site')
    .refine((path) => !path.includes('//'), 'must be a path on this site')
    .refine((path) => localeOfPath(path) !== undefined, 'must start with a language of this site'),
});

const oneYearInSeconds = 60 * 60 * 24 * 365;

function uncached<T extends Response>(response: T): T {
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export function GET(request: NextRequest) {
  const parsed = languageChoice.safeParse({ to: request.nextUrl.searchParams.get('to') ?? '' });
  if (!parsed.success) {
    return uncached(
      new Response(
        'The "to" parameter must be a page of this site, such as /en/prisons.\n' +
          'El parámetro "to" debe ser una página de este sitio, como /es/carceles.\n',
        { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
      ),
    );
  }
  // A path, not a URL: this server's own address is not the one readers use (see proxy.ts).
  const response = new NextResponse(null, { status: 303, headers: { Location: parsed.data.to } });
  response.cookies.set(localeCookieName, localeOfPath(parsed.data.to) as string, {
    path: '/',
    maxAge: oneYearInSeconds,
    sameSite: 'lax',
    httpOnly: true,
    secure: servedOverHttps(request.headers),
  });
  return uncached(response);
}
