// A Content Lake stand-in for tests (never shipped). On loopback, from NDJSON files:
//  - for the site (@sanity/client): GROQ queries with groq-js, in the published, drafts or raw
//    perspective (the last is how the preview-secret lookup reads);
//  - for the embedded Studio of the e2e live build (see sanity/studio/embeddedProject.ts), which
//    reaches it over HTTPS (see the end of this file) at its project subdomain `e2etest.localhost`:
//    the signed-in user (/users/me, any
//    bearer token), the project and its grants, document fetches (/data/doc), mutations
//    (/data/mutate) and document actions (/data/actions), whose patches @sanity/mutator applies,
//    the listener (/data/listen, server-sent events) that tells the Studio about every change,
//    and file uploads (/assets/files), whose asset documents point at /files/… here, where the
//    uploaded bytes are served back as Sanity's CDN would.
//    The Live Content API's event stream (/data/live/events), which the Presentation tool opens,
//    answers its welcome only.
//    Endpoints the Studio can do without (telemetry, announcements, schedules, history) answer
//    empty; see the README's "The Studio against the stand-in" for what is not covered.
// A publish made through it (a published document changed by /data/actions or /data/mutate) is
// followed by the project's webhook (the README's filter and projection, signed with
// SANITY_REVALIDATE_SECRET) to CONTENT_LAKE_WEBHOOK_URL, when that is set.
// Tests give orders under /__control:
//   PUT    /__control/documents      body: a document (created or replaced, as a publish would)
//   DELETE /__control/documents/:id  (an unpublish)
//   PUT    /__control/mode           body: {"mode": "ok" | "fail" | "hang"}
//   GET    /__control/webhooks       the webhooks sent so far, with the site's answers (status, body)
// Usage: node e2e/content-lake/server.mjs PORT FILE…
import { execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Mutation } from '@sanity/mutator';
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import { evaluateQuery } from './groq.mjs';

const [port, ...files] = process.argv.slice(2);
const documents = new Map(
  files
    .flatMap((file) => readFileSync(file, 'utf8').split('\n'))
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line))
    // The Studio follows a document by its revision: every one needs one.
    .map((document) => [document._id, { _rev: 'initial', ...document }]),
);
let mode = 'ok';
const hanging = new Set();

/** The published perspective: no drafts, versions or other private (dotted) ids. */
const published = () => [...documents.values()].filter((document) => !document._id.includes('.'));

/**
 * The drafts perspective: each document as its draft has it, where it has one, with the id it
 * was read from as `_originalId` (the Studio's lists tell drafts by it).
 */
const withDrafts = () => {
  const drafts = new Map(
    [...documents.values()]
      .filter((document) => document._id.startsWith('drafts.'))
      .map((draft) => [draft._id.slice('drafts.'.length), { ...draft, _id: draft._id.slice('drafts.'.length), _originalId: draft._id }]),
  );
  return [
    ...published()
      .filter((document) => !drafts.has(document._id))
      .map((document) => ({ ...document, _originalId: document._id })),
    ...drafts.values(),
  ];
};

const perspectives = { published, drafts: withDrafts, previewDrafts: withDrafts, raw: () => [...documents.values()] };

/** A perspective as the API takes it: one name, or a stack (`drafts,published`, a JSON array). */
function datasetFor(perspective = 'published') {
  const names = perspective.startsWith('[') ? JSON.parse(perspective) : perspective.split(',');
  if (names.includes('raw')) return perspectives.raw();
  if (names.includes('drafts') || names.includes('previewDrafts')) return withDrafts();
  return published();
}

// The editor every token signs in as, with the project's widest role.
const editor = {
  id: 'e2e-editor',
  name: 'E2E Editor',
  email: 'editor@e2e.test',
  profileImage: null,
  provider: 'sanity',
  role: 'administrator',
  roles: [{ name: 'administrator', title: 'Administrator' }],
};
const grants = [{ filter: '_id in path("**")', permissions: ['read', 'create', 'update', 'history', 'editHistory', 'manage'] }];

// The project's webhook, as the README sets it up in Sanity's settings.
const webhookFilter =
  '_type in ["page", "homePage", "siteSettings", "navigation", "newsArticle", "meeting", "publication", "memberState", "redirect", "translation.metadata"]';
const webhookProjection =
  '{"_id": _id, "_type": _type, "operation": delta::operation(), "language": coalesce(after().language, before().language), "slug": after().slug.current, "previousSlug": before().slug.current, "parent": after().parent._ref, "previousParent": before().parent._ref}';
const webhooks = [];

async function readBytes(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const readJson = async (request) => JSON.parse((await readBytes(request)).toString('utf8'));

function send(response, status, body) {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
}


/**
 * Queries over the whole dataset run on worker threads. groq-js evaluates on the thread that asks
 * and never yields to I/O while it does: the structure's translation lists (a join per document,
 * which the Content Lake answers from its indexes) take groq-js seconds on a busy machine, and on
 * one thread every request behind them, the site's webhook query included, would wait as long.
 * The Studio's queries (tagged `sanity.studio.*` by its client) and the site's get threads of their
 * own: the Content Lake answers its clients side by side, so two Studios listing translations must
 * not hold a reader's page past the site's query timeout.
 */
function queryPool(size) {
  return Array.from({ length: size }, () => {
    const worker = new Worker(new URL('./queryWorker.mjs', import.meta.url));
    const pending = new Map();
    worker.on('message', ({ id, result, error }) => {
      const { resolve, reject } = pending.get(id);
      pending.delete(id);
      if (error === undefined) resolve(result);
      else reject(new Error(error));
    });
    return { worker, pending };
  });
}
const queryPools = { studio: queryPool(3), site: queryPool(2) };
let nextQueryId = 0;

function evaluateOnWorker(pool, query, params, dataset, options) {
  const thread = pool.reduce((idlest, candidate) => (candidate.pending.size < idlest.pending.size ? candidate : idlest));
  const id = nextQueryId++;
  return new Promise((resolve, reject) => {
    thread.pending.set(id, { resolve, reject });
    thread.worker.postMessage({ id, query, params, dataset, options });
  });
}

async function answer(query, params, perspective, requestTag) {
  const started = performance.now();
  const pool = requestTag?.startsWith('sanity.studio') ? queryPools.studio : queryPools.site;
  const result = await evaluateOnWorker(pool, query, params, datasetFor(perspective), { identity: editor.id });
  return { query, result, ms: Math.round(performance.now() - started) };
}

/** `$name` parameters of a GET query or listener, JSON-encoded in the address. */
const paramsOf = (url) =>
  Object.fromEntries([...url.searchParams].filter(([key]) => key.startsWith('$')).map(([key, value]) => [key.slice(1), JSON.parse(value)]));

// ---- Changes, and who hears of them -------------------------------------------------------

/** Open listeners: each a `*[filter]` query, its parameters and its event stream. */
const listeners = new Set();

const newRevision = () => randomUUID().replaceAll('-', '').slice(0, 22);
const without = (document, keys) =>
  document ? Object.fromEntries(Object.entries(document).filter(([key]) => !keys.includes(key))) : null;
const withoutRevision = (document) => without(document, ['_rev']);

async function matches(query, params, document) {
  if (!document) return false;
  try {
    return (await evaluateQuery(query, params, [document])).length > 0;
  } catch {
    return false;
  }
}

/**
 * Applies one transaction: each entry a document's id and the raw mutations that change it. Every
 * listener whose query matches the document before or after hears of it, as the Content Lake
 * sends it (`mutations`, and `effects` in Mendoza's format as a whole-document replacement, which
 * the Studio applies to its copy). Returns what changed.
 */
function commit(entries, { transactionId = randomUUID(), identity = editor.id } = {}) {
  const timestamp = new Date().toISOString();
  const changes = [];
  // One event per document per transaction, as the Content Lake sends: a transaction of several
  // actions on one document (the Studio batches an editor's keystrokes) is one change of it.
  const byId = new Map();
  for (const { id, mutations } of entries) byId.set(id, [...(byId.get(id) ?? []), ...mutations]);
  for (const [id, mutations] of byId) {
    const before = documents.get(id) ?? null;
    const resultRev = newRevision();
    const applied = new Mutation({ mutations, resultRev, timestamp, transactionId }).apply(before);
    const after = applied ? { ...applied, _id: id, _rev: resultRev, _updatedAt: timestamp, _createdAt: applied._createdAt ?? timestamp } : null;
    if (!before && !after) continue;
    if (after) documents.set(id, after);
    else documents.delete(id);
    changes.push({ id, before, after, mutations, resultRev });
  }
  changes.forEach((change, index) => {
    const event = {
      type: 'mutation',
      eventId: `${transactionId}#${change.id}`,
      documentId: change.id,
      transactionId,
      transition: !change.before ? 'appear' : !change.after ? 'disappear' : 'update',
      identity,
      mutations: change.mutations,
      previousRev: change.before?._rev,
      resultRev: change.resultRev,
      timestamp,
      visibility: 'query',
      effects: { apply: [0, withoutRevision(change.after)], revert: [0, withoutRevision(change.before)] },
      transactionTotalEvents: changes.length,
      transactionCurrentEvent: index + 1,
    };
    for (const listener of listeners) {
      // In order, per listener: the Studio follows a document from revision to revision.
      listener.queue = listener.queue.then(async () => {
        const [before, after] = await Promise.all([
          matches(listener.query, listener.params, change.before),
          matches(listener.query, listener.params, change.after),
        ]);
        if (before || after) listener.send('mutation', event, event.eventId);
      });
    }
  });
  return { transactionId, changes };
}

/** The project's webhook for each published document a transaction changed, signed. */
async function sendWebhooks(changes) {
  const url = process.env.CONTENT_LAKE_WEBHOOK_URL;
  const secret = process.env.SANITY_REVALIDATE_SECRET;
  if (!url || !secret) return;
  for (const { id, before, after } of changes) {
    if (id.includes('.')) continue;
    if (!(await matches(`*[${webhookFilter}]`, {}, after ?? before))) continue;
    // before() and after() exist in GROQ's delta mode only, as in a webhook's projection.
    const projection = await evaluateQuery(`*[_id == $id][0]${webhookProjection}`, { id }, [after ?? before], {
      mode: 'delta',
      before: before ?? null,
      after: after ?? null,
    });
    const body = JSON.stringify(projection);
    const sent = { body: projection, status: 0 };
    webhooks.push(sent);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), secret) },
        body,
      });
      sent.status = response.status;
      sent.answer = await response.text();
    } catch (error) {
      sent.error = String(error);
    }
  }
}

// ---- Document actions -------------------------------------------------------------------------

const draftIdOf = (id) => `drafts.${id}`;
/** A document's content, without what the Content Lake sets itself. */
const stripSystem = (document) => without(document, ['_rev', '_updatedAt', '_createdAt']);

class ActionError extends Error {
  status = 409;
}

/** The raw mutations an action of the Actions API comes to, by document. */
function mutationsForAction(action) {
  const { actionType, publishedId } = action;
  const draftId = action.draftId ?? draftIdOf(publishedId);
  switch (actionType) {
    case 'sanity.action.document.create': {
      const id = action.attributes._id ?? draftId;
      if (documents.has(id) && action.ifExists === 'fail') throw new ActionError(`Document ${id} already exists`);
      return [{ id, mutations: [{ createOrReplace: { ...action.attributes, _id: id } }] }];
    }
    case 'sanity.action.document.edit': {
      // An edit of a published document without a draft starts the draft from it.
      const base = documents.get(draftId) ?? documents.get(publishedId);
      if (!base) throw new ActionError(`Document ${publishedId} has nothing to edit`);
      return [
        {
          id: draftId,
          mutations: [{ createIfNotExists: { ...stripSystem(base), _id: draftId } }, { patch: { ...action.patch, id: draftId } }],
        },
      ];
    }
    case 'sanity.action.document.publish': {
      const draft = documents.get(draftId);
      if (!draft) throw new ActionError(`Document ${draftId} has no draft to publish`);
      if (action.ifDraftRevisionId && action.ifDraftRevisionId !== draft._rev) throw new ActionError('The draft changed');
      if (action.ifPublishedRevisionId && action.ifPublishedRevisionId !== documents.get(publishedId)?._rev) {
        throw new ActionError('The published document changed');
      }
      return [
        { id: draftId, mutations: [{ delete: { id: draftId } }] },
        { id: publishedId, mutations: [{ createOrReplace: { ...stripSystem(draft), _id: publishedId } }] },
      ];
    }
    case 'sanity.action.document.discard':
      return [{ id: draftId, mutations: [{ delete: { id: draftId } }] }];
    case 'sanity.action.document.unpublish': {
      const current = documents.get(publishedId);
      if (!current) throw new ActionError(`Document ${publishedId} is not published`);
      return [
        { id: draftId, mutations: [{ createIfNotExists: { ...stripSystem(current), _id: draftId } }] },
        { id: publishedId, mutations: [{ delete: { id: publishedId } }] },
      ];
    }
    case 'sanity.action.document.delete':
      return [draftId, publishedId, ...(action.includeDrafts ?? [])].map((id) => ({ id, mutations: [{ delete: { id } }] }));
    case 'sanity.action.document.replaceDraft':
      return [{ id: draftId, mutations: [{ createOrReplace: { ...action.attributes, _id: draftId } }] }];
    default:
      throw Object.assign(new ActionError(`The stand-in does not implement ${actionType}`), { status: 400 });
  }
}

/** The document a raw mutation changes. */
function targetOf(mutation) {
  const [kind, body] = Object.entries(mutation)[0];
  return kind === 'patch' || kind === 'delete' ? body.id : body._id;
}

/** Raw mutations grouped by document, in order, for one transaction. */
function byDocument(mutations) {
  const grouped = new Map();
  for (const mutation of mutations) {
    const id = targetOf(mutation);
    grouped.set(id, [...(grouped.get(id) ?? []), mutation]);
  }
  return [...grouped].map(([id, grouped]) => ({ id, mutations: grouped }));
}

// ---- The listener -----------------------------------------------------------------------------

function listen(request, response, url) {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-cache',
  });
  const listener = {
    query: url.searchParams.get('query') ?? '*',
    params: paramsOf(url),
    queue: Promise.resolve(),
    send(event, data, id) {
      response.write(`${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
  };
  listeners.add(listener);
  listener.send('welcome', { listenerName: randomUUID() });
  // Keeps idle connections open through any timeout on the way.
  const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), 15_000);
  request.on('close', () => {
    clearInterval(keepAlive);
    listeners.delete(listener);
  });
}

/**
 * The Live Content API's event stream, which the Presentation tool opens (and fails without). Its
 * messages name the sync tags of cached query results, which the stand-in does not keep: it
 * welcomes the reader and holds the stream open, as the API does between changes.
 */
function liveEvents(request, response) {
  response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
  response.write(`event: welcome\ndata: {}\n\n`);
  const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), 15_000);
  request.on('close', () => clearInterval(keepAlive));
}

// ---- Files --------------------------------------------------------------------------------------

/** Uploaded files' bytes and types, by their path under /files/ (the CDN's address for them). */
const uploadedFiles = new Map();


/**
 * An upload as the Content Lake takes it: the raw bytes, named by `filename`, become a
 * `sanity.fileAsset` document whose id, extension, type and size come from the bytes (the same
 * bytes uploaded twice are one asset), with its `url` on this stand-in.
 */
async function uploadFile(request, response, url, dataset) {
  const bytes = await readBytes(request);
  const originalFilename = url.searchParams.get('filename') ?? 'file';
  const sha1hash = createHash('sha1').update(bytes).digest('hex');
  const extension = path.extname(originalFilename).slice(1).toLowerCase() || 'bin';
  const mimeType = request.headers['content-type'] ?? 'application/octet-stream';
  // The Studio reaches its project at the project's subdomain, as it does Sanity's API.
  const projectId = (request.authority ?? request.headers.host ?? '').split('.')[0];
  const filePath = `files/${projectId}/${dataset}/${sha1hash}.${extension}`;
  uploadedFiles.set(filePath, { bytes, mimeType });
  const asset = {
    _id: `file-${sha1hash}-${extension}`,
    _type: 'sanity.fileAsset',
    assetId: sha1hash,
    sha1hash,
    extension,
    mimeType,
    size: bytes.length,
    originalFilename,
    path: filePath,
    url: `http://127.0.0.1:${port}/${filePath}`,
    uploadId: randomUUID(),
  };
  commit([{ id: asset._id, mutations: [{ createIfNotExists: asset }] }]);
  return send(response, 200, { document: documents.get(asset._id) });
}

function serveFile(response, filePath) {
  const file = uploadedFiles.get(filePath);
  if (!file) return send(response, 404, { error: 'Not found' });
  response.writeHead(200, { 'Content-Type': file.mimeType, 'Content-Length': file.bytes.length });
  return response.end(file.bytes);
}

// ---- Routes -----------------------------------------------------------------------------------

async function control(request, response, path) {
  if (path === '/__control/mode' && request.method === 'PUT') {
    ({ mode } = await readJson(request));
    if (mode !== 'hang') for (const stalled of hanging) stalled.destroy();
    return send(response, 200, { mode });
  }
  if (path === '/__control/documents' && request.method === 'PUT') {
    const document = await readJson(request);
    commit([{ id: document._id, mutations: [{ createOrReplace: document }] }]);
    return send(response, 200, { _id: document._id });
  }
  const deleted = /^\/__control\/documents\/(.+)$/.exec(path);
  if (deleted && request.method === 'DELETE') {
    const id = decodeURIComponent(deleted[1]);
    commit([{ id, mutations: [{ delete: { id } }] }]);
    return send(response, 200, { _id: id });
  }
  if (path === '/__control/webhooks' && request.method === 'GET') return send(response, 200, webhooks);
  return send(response, 404, { error: 'Unknown control' });
}

/** What the Studio asks besides documents, answered as an empty project would. */
const studioAnswers = [
  [/^\/users\/me$/, (request) => (/^Bearer .+/.test(request.headers.authorization ?? '') ? editor : {})],
  [/^\/users\/me\/keyvalue(\/.*)?$/, (_request, match) => (match[1] ?? '').slice(1).split(',').filter(Boolean).map((key) => ({ key, value: null }))],
  [/^\/users\/([^/]+)$/, (_request, match) => (match[1].includes(',') ? match[1].split(',').map(() => editor) : editor)],
  [
    /^\/projects\/([^/]+)$/,
    (_request, match) => ({
      id: match[1],
      displayName: 'E2E test project',
      studioHost: null,
      isBlocked: false,
      isDisabled: false,
      isDisabledByUser: false,
      metadata: {},
      organizationId: null,
      members: [{ id: editor.id, role: editor.role, roles: editor.roles, isRobot: false, isCurrentUser: true }],
      features: [],
      pendingInvites: 0,
    }),
  ],
  [/^\/projects\/[^/]+\/datasets\/[^/]+\/acl$/, () => grants],
  [/^\/projects\/[^/]+\/datasets$/, (_request, _match, url) => (url.searchParams.get('datasetProfile') ? [] : [{ name: 'production', aclMode: 'public' }])],
  [/^\/projects\/[^/]+\/(roles|user-applications|features)$/, () => []],
  [/^\/projects\/[^/]+\/grants$/, () => ({})],
  [/^\/features$/, () => []],
  [/^\/intake\/telemetry-status$/, () => ({ status: 'denied' })],
  [/^\/intake\/batch$/, () => ({})],
  [/^\/journey\/announcements$/, () => []],
  [/^\/access\/requests\/me$/, () => []],
  [/^\/ping$/, () => ({})],
  [/^\/data\/ping$/, () => ({})],
  [/^\/schedules\/.*$/, () => ({ schedules: [] })],
];

async function data(request, response, url, path) {
  const perspective = url.searchParams.get('perspective') ?? 'published';
  const query = /^\/data\/query\/[\w-]+$/.test(path);
  if (query && request.method === 'POST') {
    const { query: text, params = {} } = await readJson(request);
    return send(response, 200, await answer(text, params, perspective, url.searchParams.get('tag')));
  }
  if (query) return send(response, 200, await answer(url.searchParams.get('query') ?? '', paramsOf(url), perspective, url.searchParams.get('tag')));

  const doc = /^\/data\/doc\/[\w-]+\/(.+)$/.exec(path);
  if (doc) {
    const ids = decodeURIComponent(doc[1]).split(',');
    return send(response, 200, {
      documents: ids.map((id) => documents.get(id)).filter(Boolean),
      omitted: ids.filter((id) => !documents.has(id)).map((id) => ({ id, reason: 'existence' })),
    });
  }
  if (/^\/data\/listen\/[\w-]+$/.test(path)) return listen(request, response, url);
  if (/^\/data\/live\/events\/[\w-]+$/.test(path)) return liveEvents(request, response);
  if (/^\/data\/mutate\/[\w-]+$/.test(path) && request.method === 'POST') {
    const { mutations, transactionId } = await readJson(request);
    const { changes } = commit(byDocument(mutations), { transactionId });
    send(response, 200, {
      transactionId,
      results: changes.map(({ id, before, after }) => ({ id, operation: !before ? 'create' : !after ? 'delete' : 'update' })),
    });
    return sendWebhooks(changes).catch((error) => console.error('[content-lake] webhook:', error));
  }
  if (/^\/data\/actions\/[\w-]+$/.test(path) && request.method === 'POST') {
    const { actions, transactionId = randomUUID(), dryRun } = await readJson(request);
    const list = Array.isArray(actions) ? actions : [actions];
    const entries = list.flatMap(mutationsForAction);
    if (dryRun) return send(response, 200, { transactionId });
    const { changes } = commit(entries, { transactionId });
    send(response, 200, { transactionId });
    return sendWebhooks(changes).catch((error) => console.error('[content-lake] webhook:', error));
  }
  // The document's history (the Studio's timeline): none is kept.
  if (/^\/data\/history\//.test(path)) {
    response.writeHead(200, { 'Content-Type': 'application/x-ndjson' });
    return response.end('');
  }
  return send(response, 404, { error: 'Not found' });
}

async function handle(request, response) {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname.startsWith('/__control/')) return control(request, response, url.pathname);
  if (url.pathname.startsWith('/files/') && request.method === 'GET') return serveFile(response, url.pathname.slice(1));
  // The Studio calls from the site's origin, with its token in a header.
  const origin = request.headers.origin;
  if (origin) {
    response.setHeader('Access-Control-Allow-Origin', origin);
    response.setHeader('Access-Control-Allow-Credentials', 'true');
    response.setHeader('Vary', 'Origin');
  }
  if (request.method === 'OPTIONS') {
    response.writeHead(204, {
      'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
      'Access-Control-Allow-Headers': request.headers['access-control-request-headers'] ?? '*',
      'Access-Control-Max-Age': '600',
    });
    return response.end();
  }
  // Every API path starts with its version: /v2025-02-19/…, /v1/…
  const versioned = /^\/v[\w.-]+(\/.*)$/.exec(url.pathname);
  if (!versioned) return send(response, 404, { error: 'Not found' });
  const path = versioned[1];
  if (mode === 'hang') {
    hanging.add(request.socket);
    return undefined;
  }
  if (mode === 'fail') return send(response, 503, { error: { description: 'The stand-in is told to fail' } });
  try {
    if (path.startsWith('/data/')) return await data(request, response, url, path);
    const upload = /^\/assets\/files\/([\w-]+)$/.exec(path);
    if (upload && request.method === 'POST') return await uploadFile(request, response, url, upload[1]);
    for (const [pattern, reply] of studioAnswers) {
      const match = pattern.exec(path);
      if (match) return send(response, 200, reply(request, match, url));
    }
    console.log(`[content-lake] no answer for ${request.method} ${url.pathname}`);
    return send(response, 404, { error: 'Not found', message: `The stand-in does not implement ${path}` });
  } catch (error) {
    console.error(`[content-lake] ${request.method} ${url.pathname}: ${error.message ?? error}`);
    if (response.headersSent) return undefined;
    return send(response, error.status ?? 400, { error: { description: String(error.message ?? error) } });
  }
}

/**
 * A certificate for the stand-in's names, made with openssl for each run: the Studio's browser
 * needs HTTP/2, which browsers speak over TLS only (its tests ignore that nobody signed it).
 */
function selfSignedCertificate() {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-lake-'));
  const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'certificate.pem')];
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=DNS:localhost,DNS:*.localhost', '-keyout', key, '-out', cert,
  ], { stdio: 'ignore' });
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

// One port, two protocols. The site's server reads it over plain HTTP/1.1. The Studio keeps a
// dozen listeners open at once, and over HTTP/1.1 a browser opens at most 6 connections to a
// host: the rest of its requests would wait forever. So it is also served over TLS with HTTP/2
// (every request a stream of one connection), as Sanity's API is; the first byte of a
// connection tells a TLS handshake (0x16) from a plain request.
const plain = createServer(handle);
const secure = createSecureServer({ ...selfSignedCertificate(), allowHTTP1: true }, handle);
createNetServer((socket) => {
  socket.once('readable', () => {
    const first = socket.read(1);
    if (first === null) return socket.destroy();
    socket.unshift(first);
    (first[0] === 0x16 ? secure : plain).emit('connection', socket);
  });
}).listen(Number(port), '127.0.0.1', () => console.log(`Content Lake stand-in on http://127.0.0.1:${port} and https://localhost:${port}`));
