import { draftMode } from 'next/headers';
import { NextResponse, type NextRequest } from 'next/server';

/** Leaves draft mode and goes back to the published page the editor was on (same-site paths only). */
export async function GET(request: NextRequest) {
  (await draftMode()).disable();
  const to = request.nextUrl.searchParams.get('to') ?? '/';
  const destination = request.nextUrl.clone();
  destination.pathname = /^\/(?!\/)[^\s\\]*$/.test(to) ? to : '/';
  destination.search = '';
  const response = NextResponse.redirect(destination, 303);
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}
