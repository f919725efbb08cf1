import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, createGunzip, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptedCodings, compressingResponses } from './compression.mjs';

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void;

const page = `<!DOCTYPE html><html lang="es"><body><main>${'<p>Departamento de Seguridad Pública</p>'.repeat(60)}</main></body></html>`;
const servers: http.Server[] = [];

/** A server answering with `handler` behind the compression, and how often it gzipped a whole body. */
async function serve(handler: Handler, options: Omit<Parameters<typeof compressingResponses>[0], 'gzip'> = {}) {
  const counted = { wholeBodies: 0 };
  const compress = compressingResponses({
    ...options,
    gzip: (body: Buffer) => {
      counted.wholeBodies += 1;
      return gzipSync(body);
    },
  });
  const server = http.createServer((request, response) => {
    compress(request, response);
    handler(request, response);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, counted };
}

/** The raw response: status, headers and the bytes as sent (not decompressed). */
function request(url: string, { method = 'GET', acceptEncoding = 'gzip, deflate, br' } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const outgoing = http.request(url, { method, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks) }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

const sendWhole =
  (body: string, headers: Record<string, string> = {}, status = 200): Handler =>
  (_request, response) => {
    response.statusCode = status;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Vary', 'rsc');
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    response.setHeader('Content-Length', Buffer.byteLength(body));
    response.end(body);
  };

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('a page sent whole', () => {
  it('reaches a browser that accepts gzip compressed, with its compressed length and Vary', async () => {
    const { origin } = await serve(sendWhole(page));
    const { status, headers, body } = await request(`${origin}/es/carceles`);
    expect(status).toBe(200);
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers['content-length']).toBe(String(body.length));
    expect(headers.vary).toBe('rsc, Accept-Encoding');
    expect(gunzipSync(body).toString()).toBe(page);
    expect(body.length).toBeLessThan(page.length / 5);
  });

  it('is compressed once for every reader, and a new version of it once more', async () => {
    let body = page;
    const { origin, counted } = await serve((request, response) => sendWhole(body)(request, response));
    for (let reader = 0; reader < 5; reader += 1) await request(`${origin}/es/carceles`);
    expect(counted.wholeBodies).toBe(1);
    body = page.replace('Seguridad', 'Seguridad Multidimensional');
    const published = await request(`${origin}/es/carceles`);
    expect(gunzipSync(published.body).toString()).toContain('Seguridad Multidimensional');
    expect(counted.wholeBodies).toBe(2);
  });

  it('keeps the compressed bodies within their bytes: the least recently sent is compressed again', async () => {
    const bodies = { a: page, b: page.replaceAll('Pública', 'Publica') };
    const roomForOne = page.length + gzipSync(page).length + 100;
    const { origin, counted } = await serve((request, response) => sendWhole(bodies[request.url === '/a' ? 'a' : 'b'])(request, response), {
      cacheBytes: roomForOne,
    });
    for (const path of ['/a', '/a', '/b', '/a']) await request(origin + path);
    expect(counted.wholeBodies).toBe(3);
  });

  it('stays as it is for a client that does not accept gzip, still saying it varies', async () => {
    const { origin } = await serve(sendWhole(page));
    for (const acceptEncoding of ['', 'identity', 'br', 'gzip;q=0', '*;q=0', 'deflate, gzip;q=0']) {
      const { headers, body } = await request(`${origin}/en`, { acceptEncoding });
      expect(headers['content-encoding'], acceptEncoding).toBeUndefined();
      expect(headers.vary).toBe('rsc, Accept-Encoding');
      expect(body.toString()).toBe(page);
    }
  });

  it('is left alone when small, already encoded, marked no-transform, not text, bodiless or partial', async () => {
    const cases: [string, Handler][] = [
      ['small', sendWhole('<p>Hola</p>')],
      ['encoded', sendWhole(page, { 'Content-Encoding': 'identity' })],
      ['no-transform', sendWhole(page, { 'Cache-Control': 'public, no-transform' })],
      ['image', sendWhole(page, { 'Content-Type': 'image/png' })],
      ['partial', sendWhole(page, { 'Content-Range': `bytes 0-${page.length - 1}/*` }, 206)],
    ];
    for (const [name, handler] of cases) {
      const { origin, counted } = await serve(handler);
      const { headers, body } = await request(origin);
      expect(headers['content-encoding'] ?? 'none', name).not.toBe('gzip');
      expect(body.toString(), name).toBe(name === 'small' ? '<p>Hola</p>' : page);
      expect(counted.wholeBodies, name).toBe(0);
    }
    const { origin } = await serve(sendWhole(page));
    const head = await request(origin, { method: 'HEAD' });
    expect(head.headers['content-encoding']).toBeUndefined();
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(page)));
  });

  it('may come as bytes and through writeHead, as Next sends RSC payloads and redirects', async () => {
    const payload = Buffer.from(`0:${JSON.stringify({ text: page })}\n`);
    const { origin } = await serve((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/x-component' });
      response.end(payload);
    });
    const { headers, body } = await request(origin);
    expect(headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(body).equals(payload)).toBe(true);
  });
});

describe('a page streamed as it renders', () => {
  it('reaches the reader chunk by chunk, compressed, each flush arriving before the render ends', async () => {
    let finishRender = () => {};
    const { origin, counted } = await serve((_request, response) => {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.flushHeaders();
      response.write('<!DOCTYPE html><html lang="en"><body><h1>Documents</h1>');
      (response as http.ServerResponse & { flush(): void }).flush();
      finishRender = () => {
        if (!response.writableEnded) response.end(`${'<li>Report</li>'.repeat(200)}</body></html>`);
      };
    });
    // The reader decompresses as bytes arrive; the render ends only once the heading is readable.
    let html = '';
    const incoming = await new Promise<http.IncomingMessage>((resolve) => {
      http.get(`${origin}/en/documents?kind=report`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const gunzip = createGunzip();
        gunzip.on('data', (text: Buffer) => {
          html += text.toString();
          if (html.includes('<h1>Documents</h1>')) finishRender();
        });
        gunzip.on('end', () => resolve(response));
        response.pipe(gunzip);
      });
    });
    expect(incoming.headers['content-encoding']).toBe('gzip');
    expect(incoming.headers['content-length']).toBeUndefined();
    expect(html).toMatch(/^<!DOCTYPE html>.*<h1>Documents<\/h1>(<li>Report<\/li>){200}<\/body><\/html>$/);
    expect(counted.wholeBodies).toBe(0);
  });
});

describe('a static file the build compressed', () => {
  const script = `self.push(${JSON.stringify(page)});`;
  const build = { br: brotliCompressSync(script), gzip: gzipSync(script, { level: 9 }) };
  const fileAddress = '/_next/static/chunks/0cz1d0mv5g_q7.js';
  /** A file as Next's static serving sends it: streamed, immutable, its uncompressed length set. */
  const sendFile =
    (status = 200, cacheControl = 'public, max-age=31536000, immutable'): Handler =>
    (_request, response) => {
      response.statusCode = status;
      response.setHeader('Content-Type', 'application/javascript; charset=UTF-8');
      response.setHeader('Cache-Control', cacheControl);
      response.setHeader('Content-Length', Buffer.byteLength(script));
      response.write(script.slice(0, 100));
      setImmediate(() => response.end(script.slice(100)));
    };
  const lookups: string[] = [];
  const precompressedBody = (url: string, coding: 'br' | 'gzip') => {
    lookups.push(`${coding} ${url}`);
    return url.startsWith(fileAddress) ? build[coding] : undefined;
  };

  it('reaches a browser as the build compressed it, in Brotli where accepted, else gzip', async () => {
    const { origin, counted } = await serve(sendFile(), { precompressedBody });
    const browser = await request(origin + fileAddress, { acceptEncoding: 'gzip, deflate, br, zstd' });
    expect(browser.headers['content-encoding']).toBe('br');
    expect(browser.headers['content-length']).toBe(String(build.br.length));
    expect(browser.body.equals(build.br)).toBe(true);
    expect(browser.headers.vary).toBe('Accept-Encoding');
    const gzipOnly = await request(`${origin}${fileAddress}?dpl=1`, { acceptEncoding: 'gzip' });
    expect(gzipOnly.headers['content-encoding']).toBe('gzip');
    expect(gzipOnly.body.equals(build.gzip)).toBe(true);
    const gzipPreferred = await request(origin + fileAddress, { acceptEncoding: 'br;q=0.5, gzip' });
    expect(gzipPreferred.headers['content-encoding']).toBe('gzip');
    const plain = await request(origin + fileAddress, { acceptEncoding: '' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    expect(counted.wholeBodies).toBe(0);
  });

  it('is compressed as it streams when the build has no copy, or the answer is not the file whole', async () => {
    const { origin } = await serve(sendFile(), { precompressedBody });
    const other = await request(`${origin}/_next/static/chunks/other.js`);
    expect(other.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(other.body).toString()).toBe(script);
    const brOnly = await request(`${origin}/_next/static/chunks/other.js`, { acceptEncoding: 'br' });
    expect(brOnly.headers['content-encoding']).toBeUndefined();
    expect(brOnly.body.toString()).toBe(script);
    // Not the file's bytes (an error page), or bytes that may change at the address.
    for (const handler of [sendFile(404), sendFile(200, 'public, max-age=0, must-revalidate')]) {
      lookups.length = 0;
      const served = await serve(handler, { precompressedBody });
      const { headers, body } = await request(served.origin + fileAddress);
      expect(headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(body).toString()).toBe(script);
      expect(lookups).toEqual([]);
    }
  });
});

describe('Accept-Encoding', () => {
  it.each([
    ['gzip', ['gzip']],
    ['gzip, deflate, br, zstd', ['br', 'gzip']],
    ['br;q=1.0, gzip;q=0.8, *;q=0.1', ['br', 'gzip']],
    ['gzip;q=1.0, br;q=0.8', ['gzip', 'br']],
    ['x-gzip', ['gzip']],
    ['*', ['br', 'gzip']],
    ['GZIP, BR', ['br', 'gzip']],
    ['', []],
    ['identity', []],
    ['br, zstd', ['br']],
    ['gzip;q=0', []],
    ['gzip;q=0.000, br', ['br']],
    ['*;q=0', []],
    ['*, gzip;q=0', ['br']],
    ['gzip;q=nonsense', []],
  ])('%j accepts %j', (header, codings) => {
    expect(acceptedCodings(header)).toEqual(codings);
  });
});
