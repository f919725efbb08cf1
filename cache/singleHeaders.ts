import { ServerResponse } from 'node:http';

/** Response fields that may appear once only (RFC 9110): a second copy of any is dropped. */
const singletonFields = new Set(['location', 'x-nextjs-stale-time']);

/**
 * Keeps a redirect's Location single. Next 16.4 sets the field when a page first renders a
 * redirect (a renamed page's former address, a legacy address), then appends it again from the
 * cache entry it has just made (vercel/next.js#82117): two Location fields, which proxies such as
 * Cloudflare join into `/es/carceles, /es/carceles`, a broken address. Called once at start.
 */
export function keepSingletonFieldsSingle(): void {
  const append = ServerResponse.prototype.appendHeader;
  if ((append as { keepsSingletons?: true }).keepsSingletons) return;
  const appendUnlessPresent = function (this: ServerResponse, name: string, value: string | readonly string[]) {
    if (singletonFields.has(name.toLowerCase()) && this.hasHeader(name)) return this;
    return append.call(this, name, value);
  };
  ServerResponse.prototype.appendHeader = Object.assign(appendUnlessPresent, { keepsSingletons: true as const });
}
