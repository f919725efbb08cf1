// Next renders a page that reads its query string (a filtered library, a search, a paged list) for
// every request, some 140 requests/s on 2 cores, and even a page from its cache goes through its
// routing, cache handler and page handler for each reader. Under load many readers ask for the
// same address within a second, so the server keeps each page it sends for half a second and
// answers the next readers of that address with it, as a CDN's micro-cache would (nginx's
// `proxy_cache_valid 200 1s`). Readers who ask while that address is being rendered for another
// wait for that render rather than start their own (nginx's `proxy_cache_lock`): each expiry would
// otherwise set as many renders of one page going as readers arrive during one, and under load
// those renders are the slowest answers. A publish reaches them at once on the instance that
// answers the webhook (its entries are dropped when the webhook is answered, and a render begun
// before is not shared), within half a second on the others.
//
// Only what any reader may get is kept: a GET answered 200 with a public Cache-Control and no
// cookie, served again only to requests that agree on every header the answer varies on; never a
// request in draft mode, an RSC request of the client router (its answer depends on the router's
// state), a conditional or range request, the API's routes, framework files or the Studio.

import { writeHeadHeaders } from './compression.mjs';

/**
 * How long a rendered view is served again: half a second, which leaves the other half of the
 * second a publish may take to show on every instance to Next's propagation through Redis (the
 * instances spec measures the whole). Under load, a page is still rendered at most twice a second.
 */
export const renderedViewMilliseconds = 500;

/** Rendered views kept at most: some 170 of the library's 50 KB pages, every page of the site twice over. */
export const renderedViewCacheBytes = 8 * 1024 * 1024;

/** The publish webhook (app/api/revalidate): once it has answered, every kept view may be stale. */
const webhookPath = '/api/revalidate';

/** Cookies that put a request in draft mode (Next's), whose pages show unpublished content. */
const draftModeCookie = /(?:^|;\s*)__prerender_bypass=/;

const conditionalOrPartial = ['if-none-match', 'if-modified-since', 'range'];

function isKeptRequest(request) {
  const url = request.url ?? '';
  if (request.method !== 'GET') return false;
  if (/^\/(?:api|_next|studio)(?:\/|\?|$)/.test(url)) return false;
  if (request.headers.rsc !== undefined) return false;
  // A conditional or partial request is Next's to answer (a 304, a 206), not a kept page's.
  if (conditionalOrPartial.some((name) => request.headers[name] !== undefined)) return false;
  return !draftModeCookie.test(request.headers.cookie ?? '');
}

/** Content types kept as text, so that each request hands the compression the same string. */
const utf8Text = /^(?:text\/[\w.+-]+|application\/(?:[\w.+-]+\+)?(?:json|xml|javascript))\s*(?:;\s*charset=utf-8\s*)?$/i;

/**
 * The request headers the answer varies on (its Vary, but Accept-Encoding, which the compression
 * answers) with this request's values; undefined when it varies on everything.
 */
function variedHeaders(request, vary) {
  const names = String(vary ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '' && name !== 'accept-encoding');
  if (names.includes('*')) return undefined;
  return names.map((name) => [name, request.headers[name]]);
}

function agreesOnVariedHeaders(request, view) {
  return view.varied.every(([name, value]) => request.headers[name] === value);
}

/** Whether an answer with this status and these headers (lower-case names) may be kept. */
function isKeptAnswer(statusCode, headers) {
  return (
    statusCode === 200 &&
    /(?:^|,)\s*public\s*(?:,|$)/i.test(String(headers['cache-control'] ?? '')) &&
    headers['set-cookie'] === undefined
  );
}

/** A chunk as written (a string in any encoding, or bytes), as UTF-8 text or bytes of its own. */
function ownChunk(chunk, encoding) {
  if (typeof chunk !== 'string') return Buffer.from(chunk);
  return typeof encoding === 'string' && !/^utf-?8$/i.test(encoding) ? Buffer.from(chunk, encoding) : chunk;
}

/** The collected chunks as one body: the string itself when Next sent a single one (its cache's). */
function joinChunks(chunks) {
  if (chunks.every((chunk) => typeof chunk === 'string')) return chunks.join('');
  return Buffer.concat(chunks.map((chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk)));
}

/**
 * Returns what to call on each request before Next handles it: true, or a promise of true, when it
 * answered the request from a kept view (Next must then not handle it); false, or a promise of
 * false, when Next is to. `now` gives the time in milliseconds (tests).
 */
export function keepingRenderedViews({ milliseconds = renderedViewMilliseconds, maxBytes = renderedViewCacheBytes, now = Date.now } = {}) {
  /** By address: { status, headers, body, bytes, varied, storedAt }; oldest first, for the byte bound. */
  const views = new Map();
  let bytes = 0;
  /** When the webhook last answered: a render begun before it may show the content it replaced. */
  let publishedAt = Number.NEGATIVE_INFINITY;
  /** By address: the render under way for a reader, resolving once it has ended. */
  const rendersUnderWay = new Map();

  function drop(url) {
    const view = views.get(url);
    if (!view) return;
    views.delete(url);
    bytes -= view.bytes;
  }

  function keep(url, view) {
    drop(url);
    if (view.bytes > maxBytes) return;
    views.set(url, view);
    bytes += view.bytes;
    for (const [oldestUrl] of views) {
      if (bytes <= maxBytes) break;
      drop(oldestUrl);
    }
  }

  function dropEverything() {
    views.clear();
    bytes = 0;
  }

  function freshView(request) {
    const view = views.get(request.url);
    if (!view) return undefined;
    if (now() - view.storedAt >= milliseconds) {
      drop(request.url);
      return undefined;
    }
    return agreesOnVariedHeaders(request, view) ? view : undefined;
  }

  /**
   * Collects what Next writes, as it passes on, to keep it once the response has finished. Only an
   * answer whose headers allow keeping it is collected: a 404 or a private page costs no copy.
   */
  function recordInto(request, response) {
    const url = request.url;
    const startedAt = now();
    if (!rendersUnderWay.has(url)) {
      // 'close' follows 'finish', where the view is kept, and also ends a response cut short.
      const ended = new Promise((resolve) => response.once('close', resolve));
      rendersUnderWay.set(url, ended);
      ended.then(() => rendersUnderWay.delete(url));
    }
    let headers;
    /** Set once the headers show the answer may be kept. */
    let chunks;
    const { writeHead, write, end } = response;
    const begin = (statusCode, sentHeaders) => {
      if (headers) return;
      headers = sentHeaders;
      if (isKeptAnswer(statusCode, headers)) chunks = [];
    };
    const collect = (chunk, encoding) => {
      if (chunks && chunk != null && typeof chunk !== 'function') chunks.push(ownChunk(chunk, encoding));
    };
    response.writeHead = function writeHeadRecorded(statusCode, ...rest) {
      const inline = rest.find((argument) => typeof argument === 'object' && argument !== null);
      begin(statusCode, { ...response.getHeaders(), ...Object.fromEntries(writeHeadHeaders(inline).map(([name, value]) => [String(name).toLowerCase(), value])) });
      return writeHead.call(response, statusCode, ...rest);
    };
    response.write = function writeRecorded(chunk, encoding, callback) {
      begin(response.statusCode, response.getHeaders());
      collect(chunk, encoding);
      return write.call(response, chunk, encoding, callback);
    };
    response.end = function endRecorded(chunk, encoding, callback) {
      begin(response.statusCode, response.getHeaders());
      collect(chunk, encoding);
      return end.call(response, chunk, encoding, callback);
    };
    response.once('finish', () => {
      if (!chunks || startedAt <= publishedAt) return;
      const varied = variedHeaders(request, headers.vary);
      if (!varied) return;
      const joined = joinChunks(chunks);
      const text = utf8Text.test(String(headers['content-type'] ?? ''));
      const body = text ? joined.toString() : typeof joined === 'string' ? Buffer.from(joined) : joined;
      const bytes = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
      keep(url, { status: response.statusCode, headers, body, bytes, varied, storedAt: now() });
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
    const view = freshView(request);
    if (view) return answerWith(view, response);
    const renderUnderWay = rendersUnderWay.get(request.url);
    if (renderUnderWay) {
      // After a render not kept (a 404, a private page, one begun before a publish) or of another
      // variant, this reader's is Next's to render.
      return renderUnderWay.then(() => {
        const rendered = freshView(request);
        return rendered ? answerWith(rendered, response) : renderFor(request, response);
      });
    }
    return renderFor(request, response);
  };

  /** Leaves the request to Next, recording what it sends. */
  function renderFor(request, response) {
    recordInto(request, response);
    return false;
  }
}

/** Answers with a kept view; true, since Next must then not handle the request. */
function answerWith(view, response) {
  // Headers set, not written, so that the body goes out whole: the compression then compresses
  // it once for every reader, where a writeHead first would make it stream it through gzip.
  response.statusCode = view.status;
  for (const [name, value] of Object.entries(view.headers)) response.setHeader(name, value);
  response.end(view.body);
  return true;
}
