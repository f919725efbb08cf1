// What the bench measures and how hard. Fixed counts and durations keep every run bounded, and
// every target is on loopback.

export const host = '127.0.0.1';

/** Ports of this bench (3400–3499 are the bench's on shared machines). */
export const ports = { site: 3400, floor: 3401, nginxPlain: 3402, nginxGzip: 3403 };

/** The site's production build goes to its own folder, apart from `next build` and the e2e builds. */
export const siteDistDir = '.next-bench';

/** Load per measurement: 10 connections for 10 s, three runs alternating site and ceiling. */
export const load = { connections: 10, durationSeconds: 10, runs: 3 };

/** Pages under load: static pages, the two that render on every request, and a 404. */
export const throughputPages = [
  { label: 'Home', path: '/en', status: 200 },
  { label: 'Prisons page', path: '/en/prisons', status: 200 },
  { label: 'Prisons page (Spanish)', path: '/es/carceles', status: 200 },
  { label: 'Documents library', path: '/en/documents', status: 200 },
  { label: 'Search (Spanish)', path: '/es/buscar?q=carceles', status: 200 },
  { label: 'Not found', path: '/en/no-such-page', status: 404 },
];

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
