// A Content Lake stand-in for tests (never shipped): answers @sanity/client's GROQ queries from
// NDJSON files with groq-js, on loopback. Usage: node e2e/content-lake/server.mjs PORT FILE…
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { evaluate, parse } from 'groq-js';

const [port, ...files] = process.argv.slice(2);
const documents = files
  .flatMap((file) => readFileSync(file, 'utf8').split('\n'))
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line))
  // The published perspective: no drafts, versions or other private (dotted) ids.
  .filter((document) => !document._id.includes('.'));

const queryPath = /^\/v[\w-]+\/data\/query\/[\w-]+$/;

function send(response, status, body) {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
}

async function answer(query, params) {
  const started = performance.now();
  const result = await (await evaluate(parse(query), { dataset: documents, params })).get();
  return { query, result, ms: Math.round(performance.now() - started) };
}

createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (!queryPath.test(url.pathname)) return send(response, 404, { error: 'Not found' });
  try {
    if (request.method === 'POST') {
      let body = '';
      for await (const chunk of request) body += chunk;
      const { query, params = {} } = JSON.parse(body);
      return send(response, 200, await answer(query, params));
    }
    const params = Object.fromEntries(
      [...url.searchParams].filter(([key]) => key.startsWith('$')).map(([key, value]) => [key.slice(1), JSON.parse(value)]),
    );
    return send(response, 200, await answer(url.searchParams.get('query') ?? '', params));
  } catch (error) {
    return send(response, 400, { error: { description: String(error) } });
  }
}).listen(Number(port), '127.0.0.1', () => console.log(`Content Lake stand-in on http://127.0.0.1:${port}`));
