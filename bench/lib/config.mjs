// What the bench measures and how hard. Fixed counts and durations keep every run bounded, and
// every target is on loopback.

export const host = '127.0.0.1';

/**
 * Ports of this bench (3400–3499 are the bench's on shared machines): 3400–3411 by default, or
 * the same twelve from BENCH_PORT_BASE, so that a second copy (a helper trying one part) keeps
 * clear of a full run.
 */
const portBase = Number(process.env.BENCH_PORT_BASE || 3400);
export const benchPort = (offset) => portBase + offset;
export const ports = {
  site: benchPort(0),
  floor: benchPort(1),
  nginxPlain: benchPort(2),
  nginxGzip: benchPort(3),
  peer: benchPort(10),
  freshClone: benchPort(11),
};

/** The site's production build goes to its own folder, apart from `next build` and the e2e builds. */
export const siteDistDir = '.next-bench';

/** Load per measurement: 10 connections for 10 s, three runs alternating site and ceiling. */
export const load = { connections: 10, durationSeconds: 10, runs: 3 };

/**
 * Pages under load: static pages (two beside the peer's like pages, `peerPath`), the dynamic
 * templates that render on every request (`dynamic`: the library, filtered, a search, a list's
 * second page), and a 404.
 */
export const throughputPages = [
  { label: 'Home', path: '/en', status: 200, peerPath: '/en' },
  { label: 'Prisons page', path: '/en/prisons', status: 200, peerPath: '/en/about' },
  { label: 'Prisons page (Spanish)', path: '/es/carceles', status: 200 },
  { label: 'Documents library', path: '/en/documents', status: 200, dynamic: true },
  // Reports are one of the kinds of the bundled dataset (sanity/dataset/production.ndjson).
  { label: 'Documents library, filtered', path: '/en/documents?kind=report', status: 200, dynamic: true },
  { label: 'Search (Spanish)', path: '/es/buscar?q=carceles', status: 200, dynamic: true },
  // The paged list: in the bundled dataset the news lists (9 articles a language) and the
  // libraries (10 publications) fit on one page of 10, and `?page=2` shows that page again with a
  // notice; search results for "prisons" (24) are the list with a real second page.
  { label: 'Search results, page 2', path: '/en/search?q=prisons&page=2', status: 200, dynamic: true },
  { label: 'Not found', path: '/en/no-such-page', status: 404 },
];

/**
 * The dynamic templates' share of nginx in the run of 2026-12-01 (bench/results.json at commit
 * 46ba0a3), req/s of the site against nginx's in each compression mode: issue 15 (goal 2) wants
 * each at least `factor` times its share then. Pages that run did not measure (the filtered
 * library, the paged list) are held to the documents library's.
 */
export const dynamicBaseline = {
  run: '2026-12-01 (commit 46ba0a3)',
  factor: 4,
  fallbackPath: '/en/documents',
  requestsPerSecond: {
    '/en/documents': { none: { site: 74.4, nginx: 41168.15 }, gzip: { site: 61.33, nginx: 1562.78 } },
    '/es/buscar?q=carceles': { none: { site: 64.6, nginx: 39311.38 }, gzip: { site: 64.39, nginx: 2197.97 } },
  },
};

/** The dynamic page's share of nginx in the baseline run, in one compression mode. */
export function baselineShare(pagePath, compression) {
  const { requestsPerSecond, fallbackPath } = dynamicBaseline;
  const { site, nginx } = (requestsPerSecond[pagePath] ?? requestsPerSecond[fallbackPath])[compression];
  return site / nginx;
}

/**
 * Mixed load (issue 15, goal 4): every page of the sitemap with searches, filtered library views
 * and unknown addresses among them, cycled in order by 50 connections for 60 s.
 */
export const mixedLoad = {
  connections: 50,
  durationSeconds: 60,
  extraPages: [
    { path: '/en/search?q=prisons', status: 200 },
    { path: '/es/buscar?q=carceles', status: 200 },
    { path: '/en/search?q=security', status: 200 },
    { path: '/es/buscar?q=seguridad', status: 200 },
    { path: '/en/documents?kind=report', status: 200 },
    { path: '/en/documents?kind=handbook', status: 200 },
    { path: '/es/documentos?kind=toolkit', status: 200 },
    { path: '/es/documentos?kind=declaration', status: 200 },
    { path: '/en/no-such-page', status: 404 },
    { path: '/es/no-existe', status: 404 },
    { path: '/en/prisons/no-such-page', status: 404 },
  ],
};

/** Memory (issue 15, goal 4): the server's growth after this many requests to random unknown addresses. */
export const unknownAddressRequests = 10_000;

/** One page of each template, in each language: what page weight and Lighthouse look at. */
const templatePages = [
  ['Home', '/en', '/es'],
  ['Content page', '/en/prisons', '/es/carceles'],
  ['Member States (content page with a list block)', '/en/member-states', '/es/estados-miembros'],
  ['Documents library', '/en/documents', '/es/documentos'],
  ['Meetings', '/en/meetings', '/es/reuniones'],
  ['Meeting', '/en/meetings/mispa-ii', '/es/reuniones/mispa-ii'],
  ['News', '/en/news', '/es/noticias'],
  ['Search results', '/en/search?q=prisons', '/es/buscar?q=carceles'],
].flatMap(([label, english, spanish]) => [
  { label, path: english, status: 200 },
  { label: `${label} (Spanish)`, path: spanish, status: 200 },
]);

export const weightPages = [...templatePages, { label: 'Not found', path: '/en/no-such-page', status: 404 }];

export const lighthousePages = templatePages.map(({ label, path }) => ({ label, path }));

export const lighthouseRuns = 3;

export const chromiumPath = '/usr/bin/chromium';

/**
 * create-next-app 16.4.6 was never published: 16.4.3 is the newest 16.x scaffold. The floor app
 * then installs the site's own next, react and next-intl versions (see floor.mjs).
 */
export const createNextAppVersion = '16.4.3';
