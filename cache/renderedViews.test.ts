import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { keepingRenderedViews } from './renderedViews.mjs';

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

interface Site {
  /** What the next render shows, as an editor would publish it. */
  title: string;
  /** Requests that reached the server, answered from a kept view or not. */
  requests: number;
  renders: number;
  /** Held while a render is under way, to publish in the middle of one. */
  renderGate?: Promise<void>;
}

/**
 * A server with the rendered views in front of a stand-in for Next: it streams pages with their
 * query string's title, answers the webhook, and sets what Next sets for draft mode and errors.
 */
async function serve(options: { milliseconds?: number; maxBytes?: number; now?: () => number } = {}) {
  const site: Site = { title: 'Reports', requests: 0, renders: 0 };
  const answerFromRenderedViews = keepingRenderedViews(options);
  const server = http.createServer(async (request, response) => {
    site.requests += 1;
    if (await answerFromRenderedViews(request, response)) return;
    const url = new URL(request.url ?? '/', 'http://site.invalid');
    if (url.pathname === '/api/revalidate') {
      response.statusCode = url.searchParams.get('signature') === 'valid' ? 200 : 401;
      response.end();
      return;
    }
    site.renders += 1;
    const draft = /__prerender_bypass=/.test(request.headers.cookie ?? '');
    response.statusCode = url.pathname === '/en/missing' ? 404 : 200;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Cache-Control', draft ? 'private, no-cache, no-store' : 'public, s-maxage=60, stale-while-revalidate=600');
    if (url.searchParams.has('remember')) response.setHeader('Set-Cookie', 'NEXT_LOCALE=en; Path=/');
    const byLanguage = url.pathname === '/by-language';
    if (url.pathname === '/en/any-header') response.setHeader('Vary', '*');
    else response.setHeader('Vary', `rsc, next-router-state-tree, ${byLanguage ? 'Accept-Language, ' : ''}Accept-Encoding`);
    response.flushHeaders();
    response.write(`<h1>${draft ? 'Draft: ' : ''}${site.title}</h1>`);
    const gate = site.renderGate;
    if (gate) await gate;
    response.end(`<p>${url.search}${byLanguage ? request.headers['accept-language'] : ''}</p>`);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(origin + path, { headers });
    return { status: response.status, cacheControl: response.headers.get('cache-control'), html: await response.text() };
  };
  const publish = (signature = 'valid') => fetch(`${origin}/api/revalidate?signature=${signature}`, { method: 'POST' });
  return { site, get, publish };
}

/**
 * Holds every render at its gate until finishRender; allArrived(n) resolves once n requests have
 * reached the server, so that the readers wait while a render is under way.
 */
function holdRenders(site: Site) {
  let finishRender = () => {};
  site.renderGate = new Promise((resolve) => (finishRender = resolve));
  const allArrived = async (count: number) => {
    while (site.requests < count) await new Promise((resolve) => setTimeout(resolve, 5));
  };
  return { finishRender, allArrived };
}

describe('a page the server has sent', () => {
  it('is kept with or without a query string', async () => {
    const { site, get } = await serve();
    const first = await get('/es/carceles');
    expect(await get('/es/carceles')).toEqual(first);
    expect(site.renders).toBe(1);
  });


  it('is rendered once for the readers of the same half second, who all get the same page', async () => {
    const { site, get } = await serve();
    const first = await get('/en/documents?kind=report');
    const again = await get('/en/documents?kind=report');
    expect(site.renders).toBe(1);
    expect(again).toEqual(first);
    expect(first).toEqual({
      status: 200,
      cacheControl: 'public, s-maxage=60, stale-while-revalidate=600',
      html: '<h1>Reports</h1><p>?kind=report</p>',
    });
    await get('/en/documents?kind=handbook');
    expect(site.renders).toBe(2);
  });

  it('is rendered again once its half second is over', async () => {
    let time = 10_000;
    const { site, get } = await serve({ now: () => time });
    await get('/es/buscar?q=carceles');
    time += 499;
    await get('/es/buscar?q=carceles');
    expect(site.renders).toBe(1);
    time += 1;
    site.title = 'Informes';
    expect((await get('/es/buscar?q=carceles')).html).toBe('<h1>Informes</h1><p>?q=carceles</p>');
    expect(site.renders).toBe(2);
  });

  it('shows a publish as soon as the webhook has answered, and not after a refused one', async () => {
    const { site, get, publish } = await serve();
    await get('/en/documents?kind=report');
    site.title = 'Reports and studies';
    await publish('forged');
    expect((await get('/en/documents?kind=report')).html).toContain('<h1>Reports</h1>');
    await publish();
    expect((await get('/en/documents?kind=report')).html).toContain('<h1>Reports and studies</h1>');
  });

  it('is rendered once for the readers who ask while it is being rendered, who wait for it', async () => {
    const { site, get } = await serve();
    const { finishRender, allArrived } = holdRenders(site);
    const readers = [get('/en/documents?kind=report'), get('/en/documents?kind=report'), get('/en/documents?kind=report')];
    await allArrived(3);
    finishRender();
    const pages = await Promise.all(readers);
    expect(site.renders).toBe(1);
    expect(pages.map(({ html }) => html)).toEqual(Array(3).fill('<h1>Reports</h1><p>?kind=report</p>'));
  });

  it('is not kept when its render began before a publish, and those waiting for it get a fresh render', async () => {
    const { site, get, publish } = await serve();
    const { finishRender, allArrived } = holdRenders(site);
    const begunBefore = get('/en/search?q=prisons&page=2');
    const waiting = get('/en/search?q=prisons&page=2');
    await allArrived(2);
    site.renderGate = undefined;
    site.title = 'Prisons, retitled';
    await publish();
    finishRender();
    expect((await begunBefore).html).toContain('<h1>Reports</h1>');
    expect((await waiting).html).toContain('<h1>Prisons, retitled</h1>');
    expect(site.renders).toBe(2);
    expect((await get('/en/search?q=prisons&page=2')).html).toContain('<h1>Prisons, retitled</h1>');
  });

  it('sends those waiting on to their own render when the one under way is not kept, or is of another variant', async () => {
    const { site, get } = await serve();
    const { finishRender, allArrived } = holdRenders(site);
    const missing = [get('/en/missing?kind=report'), get('/en/missing?kind=report')];
    const languages = [get('/by-language?kind=report', { 'accept-language': 'es' }), get('/by-language?kind=report', { 'accept-language': 'en' })];
    await allArrived(4);
    site.renderGate = undefined;
    finishRender();
    expect((await Promise.all(missing)).map(({ status }) => status)).toEqual([404, 404]);
    expect((await Promise.all(languages)).map(({ html }) => html)).toEqual([
      '<h1>Reports</h1><p>?kind=reportes</p>',
      '<h1>Reports</h1><p>?kind=reporten</p>',
    ]);
    expect(site.renders).toBe(4);
  });

  it('is never kept for draft mode, RSC, conditional or range requests, cookies set, errors, the API or an answer varying on everything', async () => {
    const { site, get } = await serve();
    const twice = async (path: string, headers: Record<string, string> = {}) => {
      const before = site.renders;
      await get(path, headers);
      await get(path, headers);
      return site.renders - before;
    };
    expect(await twice('/en/documents?kind=report', { cookie: '__prerender_bypass=secret' })).toBe(2);
    expect(await twice('/en/documents?kind=report', { rsc: '1' })).toBe(2);
    expect(await twice('/en/documents?remember=1')).toBe(2);
    expect(await twice('/en/missing?kind=report')).toBe(2);
    expect(await twice('/api/health?check=1')).toBe(2);
    expect(await twice('/en/any-header')).toBe(2);
    expect(await twice('/en/documents?kind=handbook', { 'if-modified-since': 'Fri, 04 Dec 2026 10:00:00 GMT' })).toBe(2);
    expect(await twice('/en/documents?kind=handbook', { range: 'bytes=0-99' })).toBe(2);
  });

  it('is served again only to readers who send the same values of the headers it varies on', async () => {
    const { site, get } = await serve();
    const spanish = await get('/by-language?kind=report', { 'accept-language': 'es' });
    expect(await get('/by-language?kind=report', { 'accept-language': 'es', 'accept-encoding': 'identity' })).toEqual(spanish);
    expect(site.renders).toBe(1);
    expect((await get('/by-language?kind=report', { 'accept-language': 'en' })).html).toBe('<h1>Reports</h1><p>?kind=reporten</p>');
    expect(site.renders).toBe(2);
  });

  it('gives a reader in draft mode the draft even right after a public reader', async () => {
    const { get } = await serve();
    await get('/en/documents?kind=report');
    const draft = await get('/en/documents?kind=report', { cookie: 'NEXT_LOCALE=en; __prerender_bypass=secret' });
    expect(draft.html).toContain('<h1>Draft: Reports</h1>');
    expect(draft.cacheControl).toBe('private, no-cache, no-store');
  });

  it('keeps views within their bytes, dropping the oldest', async () => {
    const { site, get } = await serve({ maxBytes: 80 });
    for (const path of ['/en/search?q=a', '/en/search?q=b', '/en/search?q=a']) await get(path);
    expect(site.renders).toBe(2);
    await get('/en/search?q=c');
    await get('/en/search?q=b');
    expect(site.renders).toBe(3);
    await get('/en/search?q=a');
    expect(site.renders).toBe(4);
  });
});
