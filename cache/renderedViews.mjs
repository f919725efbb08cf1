// Pages that read their query string (a filtered library, a search, a paged list) are rendered by
// Next for every request, and rendering is what they cost: some 140 requests/s against 1,300 for
// a cached page on 2 cores. Under load many readers ask for the same view within a second, so the
// server keeps each such view for one second and answers the next readers of that address with
// it, as a CDN's micro-cache would (nginx's `proxy_cache_valid 200 1s`). A publish reaches them
// within that second: at once on the instance that answers the webhook (its entries are dropped
// when the webhook is answered), within the second on the others.
//
// Only what any reader may get is kept: a GET with a query string, answered 200 with a public
// Cache-Control and no cookie; never a request in draft mode, an RSC request of the client router
// (its answer depends on the router's state), the API's routes, framework files or the Studio.

import { writeHeadHeaders } from './compression.mjs';

/** How long a rendered view is served again; a publish is visible within it on every instance. */
export const renderedViewSeconds = 1;

/** Rendered views kept at most: some 170 of the library's 50 KB pages. */
export const renderedViewCacheBytes = 8 * 1024 * 1024;

/** The publish webhook (app/api/revalidate): once it has answered, every kept view may be stale. */
const webhookPath = '/api/revalidate';

/** Cookies that put a request in draft mode (Next's), whose pages show unpublished content. */
const draftModeCookie = /(?:^|;\s*)__prerender_bypass=/;

function isKeptRequest(request) {
  const url = request.url ?? '';
  if (request.method !== 'GET' || !url.includes('?')) return false;
  if (/^\/(?:api|_next|studio)(?:\/|\?|$)/.test(url)) return false;
  if (request.headers.rsc !== undefined) return false;
  return !draftModeCookie.test(request.headers.cookie ?? '');
}

function isKeptResponse(response) {
  return (
    response.statusCode === 200 &&
    /(?:^|,)\s*public\s*(?:,|$)/i.test(String(response.getHeader('cache-control') ?? '')) &&
    response.getHeader('set-cookie') === undefined
  );
}

/**
 * Returns what to call on each request before Next handles it: true when it answered the request
 * from a kept view (Next must then not handle it). `now` gives the time in milliseconds (tests).
 */
export function keepingRenderedViews({ seconds = renderedViewSeconds, maxBytes = renderedViewCacheBytes, now = Date.now } = {}) {
  /** By address: { status, headers, body, storedAt }; oldest first, for the byte bound. */
  const views = new Map();
  let bytes = 0;
  /** When the webhook last answered: a render begun before it may show the content it replaced. */
  let publishedAt = Number.NEGATIVE_INFINITY;

  function drop(url) {
    const view = views.get(url);
    if (!view) return;
    views.delete(url);
    bytes -= view.body.length;
  }

  function keep(url, view) {
    drop(url);
    if (view.body.length > maxBytes) return;
    views.set(url, view);
    bytes += view.body.length;
    for (const [oldestUrl] of views) {
      if (bytes <= maxBytes) break;
      drop(oldestUrl);
    }
  }

  function dropEverything() {
    views.clear();
    bytes = 0;
  }

  function freshView(url) {
    const view = views.get(url);
    if (view && now() - view.storedAt < seconds * 1000) return view;
    drop(url);
    return undefined;
  }

  /** Collects what Next writes, as it passes on, to keep it once the response has finished. */
  function recordInto(request, response) {
    const url = request.url;
    const startedAt = now();
    const chunks = [];
    let headers;
    const { writeHead, write, end } = response;
    const collect = (chunk, encoding) => {
      if (chunk != null && typeof chunk !== 'function') chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(chunk));
    };
    response.writeHead = function writeHeadRecorded(statusCode, ...rest) {
      const inline = rest.find((argument) => typeof argument === 'object' && argument !== null);
      headers ??= { ...response.getHeaders(), ...Object.fromEntries(writeHeadHeaders(inline).map(([name, value]) => [String(name).toLowerCase(), value])) };
      return writeHead.call(response, statusCode, ...rest);
    };
    response.write = function writeRecorded(chunk, encoding, callback) {
      headers ??= response.getHeaders();
      collect(chunk, encoding);
      return write.call(response, chunk, encoding, callback);
    };
    response.end = function endRecorded(chunk, encoding, callback) {
      headers ??= response.getHeaders();
      collect(chunk, encoding);
      return end.call(response, chunk, encoding, callback);
    };
    response.once('finish', () => {
      if (!isKeptResponse(response) || startedAt <= publishedAt) return;
      keep(url, { status: response.statusCode, headers, body: Buffer.concat(chunks), storedAt: now() });
    });
  }

  return function answerFromRenderedViews(request, response) {
    if (request.method === 'POST' && request.url?.split('?')[0] === webhookPath) {
      response.once('finish', () => {
        if (response.statusCode !== 200) return;
        publishedAt = now();
        dropEverything();
      });
      return false;
    }
    if (!isKeptRequest(request)) return false;
    const view = freshView(request.url);
    if (!view) {
      recordInto(request, response);
      return false;
    }
    response.writeHead(view.status, view.headers);
    response.end(view.body);
    return true;
  };
}
