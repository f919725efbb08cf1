// A Content Lake stand-in for tests (never shipped): answers @sanity/client's GROQ queries from
// NDJSON files with groq-js, on loopback, in the published, drafts or raw perspective (the last
// is how the preview-secret lookup reads), and takes orders from tests under /__control:
//   PUT    /__control/documents      body: a document (created or replaced, as a publish would)
//   DELETE /__control/documents/:id  (an unpublish)
//   PUT    /__control/mode           body: {"mode": "ok" | "fail" | "hang"}
// Usage: node e2e/content-lake/server.mjs PORT FILE…
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { evaluate, parse } from 'groq-js';

const [port, ...files] = process.argv.slice(2);
const documents = new Map(
  files
    .flatMap((file) => readFileSync(file, 'utf8').split('\n'))
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line))
    .map((document) => [document._id, document]),
);
let mode = 'ok';
const hanging = new Set();

/** The published perspective: no drafts, versions or other private (dotted) ids. */
const published = () => [...documents.values()].filter((document) => !document._id.includes('.'));

/** The drafts perspective: each document as its draft has it, where it has one. */
const withDrafts = () => {
  const drafts = new Map(
    [...documents.values()]
      .filter((document) => document._id.startsWith('drafts.'))
      .map((draft) => [draft._id.slice('drafts.'.length), { ...draft, _id: draft._id.slice('drafts.'.length) }]),
  );
  return [...published().filter((document) => !drafts.has(document._id)), ...drafts.values()];
};

const perspectives = { published, drafts: withDrafts, raw: () => [...documents.values()] };

const queryPath = /^\/v[\w-]+\/data\/query\/[\w-]+$/;

function send(response, status, body) {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
}

async function readJson(request) {
  let body = '';
  for await (const chunk of request) body += chunk;
  return JSON.parse(body);
}

async function answer(query, params, perspective = 'published') {
  const started = performance.now();
  const dataset = (perspectives[perspective] ?? published)();
  const result = await (await evaluate(parse(query), { dataset, params })).get();
  return { query, result, ms: Math.round(performance.now() - started) };
}

async function control(request, response, path) {
  if (path === '/__control/mode' && request.method === 'PUT') {
    ({ mode } = await readJson(request));
    if (mode !== 'hang') for (const stalled of hanging) stalled.destroy();
    return send(response, 200, { mode });
  }
  if (path === '/__control/documents' && request.method === 'PUT') {
    const document = await readJson(request);
    documents.set(document._id, { ...document, _updatedAt: new Date().toISOString() });
    return send(response, 200, { _id: document._id });
  }
  const deleted = /^\/__control\/documents\/(.+)$/.exec(path);
  if (deleted && request.method === 'DELETE') {
    documents.delete(decodeURIComponent(deleted[1]));
    return send(response, 200, { _id: deleted[1] });
  }
  return send(response, 404, { error: 'Unknown control' });
}

createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname.startsWith('/__control/')) return control(request, response, url.pathname);
  if (!queryPath.test(url.pathname)) return send(response, 404, { error: 'Not found' });
  if (mode === 'hang') {
    hanging.add(request.socket);
    return undefined;
  }
  if (mode === 'fail') return send(response, 503, { error: { description: 'The stand-in is told to fail' } });
  try {
    const perspective = url.searchParams.get('perspective') ?? 'published';
    if (request.method === 'POST') {
      const { query, params = {} } = await readJson(request);
      return send(response, 200, await answer(query, params, perspective));
    }
    const params = Object.fromEntries(
      [...url.searchParams].filter(([key]) => key.startsWith('$')).map(([key, value]) => [key.slice(1), JSON.parse(value)]),
    );
    return send(response, 200, await answer(url.searchParams.get('query') ?? '', params, perspective));
  } catch (error) {
    return send(response, 400, { error: { description: String(error) } });
  }
}).listen(Number(port), '127.0.0.1', () => console.log(`Content Lake stand-in on http://127.0.0.1:${port}`));
