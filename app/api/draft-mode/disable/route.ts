import { draftMode } from 'next/headers';
import type { NextRequest } from 'next/server';

/** Leaves draft mode and goes back to the published page the editor was on (same-site paths only). */
export async function GET(request: NextRequest) {
  (await draftMode()).disable();
  const to = request.nextUrl.searchParams.get('to') ?? '/';
  // A path, not a URL: this server's own address is not the one editors use (see proxy.ts).
  const destination = /^\/(?![/\\])[^\s\\]*$/.test(to) ? to : '/';
  return new Response(null, { status: 303, headers: { Location: destination, 'Cache-Control': 'private, no-store' } });
}
