// Gzip for every response the browser accepts it on, as Next's server gives (next.config turns
// Next's own off: scripts/start.mjs puts this in front of Next's request handler instead), with
// two differences. A body sent whole is compressed once, not once per request: a cached page is
// the same bytes for every reader, and compressing it anew at zlib's default level cost the server
// more than serving it (measured on /en/prisons, 52 KB: half of each gzip request's CPU time).
// And the build's static files go out as compressed at build time, in Brotli where the browser
// takes it (cache/precompressed.mjs), Next's own bytes for them left unsent.
// Whole bodies (Next's cached pages, RSC payloads and 404s) are looked up by their SHA-256 in a
// byte-bounded LRU, so a publish needs nothing here: new bytes are a new key. Streamed bodies
// (pages rendered per request, static files the build did not compress) are compressed as they
// stream, flushed whenever Next flushes, as its own compression does.
import { hash } from 'node:crypto';
import { createGzip, gzipSync } from 'node:zlib';

/** Below this many bytes gzip saves less than it costs (the threshold of Next's compression). */
export const minimumCompressedBytes = 1024;

/** Compressed whole bodies kept: some 1,000 pages of the site (8 KB each gzipped). */
export const compressedBodyCacheBytes = 8 * 1024 * 1024;

const compressibleType =
  /^\s*(?:text\/[^;]+|image\/svg\+xml|application\/(?:json|javascript|ecmascript|xml|manifest\+json|[\w.-]+\+(?:json|xml)))\s*(?:;|$)/i;

/** Statuses that carry no body, or only part of one. */
const untouchedStatuses = new Set([204, 206, 304]);

/** The codings this server sends, in its order of preference when a browser weighs them alike. */
const serverCodings = ['br', 'gzip'];

/**
 * The codings of serverCodings an Accept-Encoding header accepts (by name or by `*`, with a
 * quality above 0), the browser's preferred first.
 */
export function acceptedCodings(acceptEncoding) {
  if (!acceptEncoding) return [];
  const qualities = new Map();
  let anyQuality;
  for (const entry of String(acceptEncoding).split(',')) {
    const [coding = '', ...parameters] = entry.split(';').map((part) => part.trim());
    const qualityParameter = parameters.find((parameter) => /^q=/i.test(parameter));
    const quality = qualityParameter ? Number(qualityParameter.slice(2)) : 1;
    const name = coding.toLowerCase();
    if (name === '*') anyQuality = quality;
    else qualities.set(name === 'x-gzip' ? 'gzip' : name, quality);
  }
  const qualityOf = (coding) => qualities.get(coding) ?? anyQuality ?? 0;
  return serverCodings.filter((coding) => qualityOf(coding) > 0).sort((a, b) => qualityOf(b) - qualityOf(a));
}

/** Cache-Control of a response whose bytes never change at its address. */
const immutable = /(?:^|,)\s*immutable\s*(?:,|$)/i;

/** A map that drops its least recently used entries beyond maxBytes of keys and values. */
class LeastRecentlyUsedBodies {
  #entries = new Map();
  #bytes = 0;
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
  }
  get(key) {
    const value = this.#entries.get(key);
    if (value) {
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }
  /** A key is counted too: it may be a whole page, kept alive here once Next's cache drops it. */
  set(key, value) {
    const bytes = key.length + value.length;
    if (bytes > this.maxBytes) return;
    this.#entries.set(key, value);
    this.#bytes += bytes;
    for (const [oldestKey, oldest] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldestKey);
      this.#bytes -= oldestKey.length + oldest.length;
    }
  }
}

function addVary(response, field) {
  const current = response.getHeader('vary');
  const fields = [current ?? []].flat().flatMap((value) => String(value).split(','));
  if (fields.some((name) => ['*', field.toLowerCase()].includes(name.trim().toLowerCase()))) return;
  response.setHeader('Vary', current ? `${[current].flat().join(', ')}, ${field}` : field);
}

function isUtf8(encoding) {
  return !encoding || /^utf-?8$/i.test(encoding);
}

/**
 * A body's length in bytes, or a lower bound of it at the threshold or more: a long string is not
 * encoded once more only to be measured (each character of UTF-8 is at least a byte).
 */
function byteLength(chunk, encoding) {
  if (chunk == null) return 0;
  if (typeof chunk !== 'string') return chunk.byteLength;
  return isUtf8(encoding) && chunk.length >= minimumCompressedBytes ? chunk.length : Buffer.byteLength(chunk, encoding);
}

/** A Uint8Array's bytes as a Buffer, without copying them. */
function asBuffer(bytes) {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Headers given to writeHead (an object, or Node's flat [name, value, …] list), as [name, value] pairs. */
export function writeHeadHeaders(headers) {
  const pairs = Array.isArray(headers)
    ? Array.from({ length: headers.length / 2 }, (_, index) => [headers[2 * index], headers[2 * index + 1]])
    : Object.entries(headers ?? {});
  return pairs.filter(([, value]) => value !== undefined);
}

/**
 * Returns what to call on each request before Next handles it: it makes the response compress
 * itself. `gzip` compresses a whole body (zlib's gzipSync; tests count its calls);
 * `precompressedBody(url, coding)` gives the bytes compressed at build time of a static file, if any.
 */
export function compressingResponses({
  cacheBytes = compressedBodyCacheBytes,
  gzip = gzipSync,
  precompressedBody = () => undefined,
} = {}) {
  const compressedBodies = new LeastRecentlyUsedBodies(cacheBytes);

  /**
   * A UTF-8 string body is its own key: Next sends a cached page as the string its cache holds,
   * whose hash V8 keeps, so finding it again costs neither encoding nor hashing its 50 KB. Bytes
   * are keyed by their SHA-256 (bodies under the threshold, which a digest could equal, never come
   * here).
   */
  function compressedOnce(chunk, encoding) {
    const textKey = typeof chunk === 'string' && isUtf8(encoding);
    const body = () => (typeof chunk === 'string' ? Buffer.from(chunk, encoding) : asBuffer(chunk));
    const key = textKey ? chunk : `sha256:${hash('sha256', body(), 'base64')}`;
    let compressed = compressedBodies.get(key);
    if (!compressed) {
      compressed = gzip(body());
      compressedBodies.set(key, compressed);
    }
    return compressed;
  }

  return function compressResponse(request, response) {
    const codings = acceptedCodings(request.headers['accept-encoding']);
    const { writeHead, write, end } = response;
    /**
     * 'identity', 'whole', 'stream' or 'precompressed', decided once, just before the headers go
     * out (from what Next has set by then; byteLength is the body's, when known).
     */
    let mode;
    let stream;
    let precompressed;

    /** Whether the response may be compressed at all, whatever the browser accepts. */
    function compressible(byteLength) {
      if (!compressibleType.test(String(response.getHeader('content-type') ?? ''))) return false;
      addVary(response, 'Accept-Encoding');
      if (request.method === 'HEAD' || untouchedStatuses.has(response.statusCode)) return false;
      if (response.getHeader('content-encoding')) return false;
      if (/(?:^|,)\s*no-transform\s*(?:,|$)/i.test(String(response.getHeader('cache-control') ?? ''))) return false;
      const length = byteLength ?? Number(response.getHeader('content-length') ?? Number.NaN);
      return !(length < minimumCompressedBytes);
    }

    /** The build's compressed bytes of this response in the browser's preferred coding, if any. */
    function precompressedAnswer() {
      if (response.statusCode !== 200 || !immutable.test(String(response.getHeader('cache-control') ?? ''))) return undefined;
      for (const coding of codings) {
        const body = precompressedBody(request.url ?? '', coding);
        if (body) return { coding, body };
      }
      return undefined;
    }

    function decideMode(byteLength) {
      if (!compressible(byteLength)) return 'identity';
      precompressed = precompressedAnswer();
      if (precompressed) {
        response.setHeader('Content-Encoding', precompressed.coding);
        response.setHeader('Content-Length', precompressed.body.length);
        return 'precompressed';
      }
      if (!codings.includes('gzip')) return 'identity';
      return byteLength === undefined ? 'stream' : 'whole';
    }

    function startStream() {
      response.setHeader('Content-Encoding', 'gzip');
      response.removeHeader('Content-Length');
      stream = createGzip();
      stream.on('data', (chunk) => {
        if (write.call(response, chunk)) return;
        stream.pause();
        response.once('drain', () => stream.resume());
      });
      stream.on('error', (error) => response.destroy(error));
      // Next flushes after each chunk it renders, so the reader gets it without waiting.
      response.flush = () => stream.flush();
      // A reader who leaves mid-stream must not leave the compressor behind.
      response.once('close', () => {
        if (!response.writableFinished) stream.destroy();
      });
    }

    response.writeHead = function writeHeadCompressing(statusCode, ...rest) {
      const [reason, headers] = typeof rest[0] === 'string' ? rest : [undefined, rest[0]];
      response.statusCode = statusCode;
      for (const [name, value] of writeHeadHeaders(headers)) response.setHeader(name, value);
      // Headers going out before any body (flushHeaders, or a first write): the body streams.
      if (!mode) {
        mode = decideMode();
        if (mode === 'stream') startStream();
      }
      return reason === undefined ? writeHead.call(response, statusCode) : writeHead.call(response, statusCode, reason);
    };

    response.write = function writeCompressing(chunk, encoding, callback) {
      if (!response.headersSent) response.writeHead(response.statusCode);
      if (mode === 'precompressed') {
        // Next's uncompressed bytes of the file, which the precompressed ones replace.
        const done = typeof encoding === 'function' ? encoding : callback;
        if (done) process.nextTick(done);
        return true;
      }
      if (mode !== 'stream') return write.call(response, chunk, encoding, callback);
      // The compressor buffers what the socket cannot take yet, and pauses on the socket's drain.
      stream.write(chunk, typeof encoding === 'string' ? encoding : undefined, typeof encoding === 'function' ? encoding : callback);
      return true;
    };

    response.end = function endCompressing(chunk, encoding, callback) {
      if (typeof chunk === 'function') [chunk, encoding, callback] = [undefined, undefined, chunk];
      if (typeof encoding === 'function') [encoding, callback] = [undefined, encoding];
      if (!mode && !response.headersSent) {
        mode = decideMode(byteLength(chunk, encoding));
        if (mode === 'whole') {
          const compressed = compressedOnce(chunk, encoding);
          response.setHeader('Content-Encoding', 'gzip');
          response.setHeader('Content-Length', compressed.length);
          return end.call(response, compressed, callback);
        }
      }
      if (mode === 'precompressed') return end.call(response, precompressed.body, callback);
      if (mode !== 'stream') return end.call(response, chunk, encoding, callback);
      // The response ends once the compressor has given its last bytes: an end before that adds nothing.
      if (stream.writableEnded) {
        if (callback) response.once('finish', callback);
        return response;
      }
      stream.once('end', () => end.call(response, callback));
      if (chunk == null) stream.end();
      else stream.end(chunk, encoding);
      return response;
    };
  };
}
