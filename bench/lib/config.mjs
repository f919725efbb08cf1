// What the bench measures and how hard. Fixed counts and durations keep every run bounded, and
// every target is on loopback.

export const host = '127.0.0.1';

/** Ports of this bench (3400–3499 are the bench's on shared machines). */
export const ports = { site: 3400, floor: 3401, nginxPlain: 3402, nginxGzip: 3403 };

/** The site's production build goes to its own folder, apart from `next build` and the e2e builds. */
export const siteDistDir = '.next-bench';

/** Load per measurement: 10 connections for 10 s, three runs alternating site and ceiling. */
export const load = { connections: 10, durationSeconds: 10, runs: 3 };

/** Pages under load. The 404 stands in until the documents library and the search exist. */
export const throughputPages = [
  { label: 'Home', path: '/en', status: 200 },
  { label: 'Prisons page', path: '/en/prisons', status: 200 },
  { label: 'Prisons page (Spanish)', path: '/es/carceles', status: 200 },
  { label: 'Not found', path: '/en/no-such-page', status: 404 },
];

/** Rows the issue asks for whose pages are not built yet: reported as TODO, never measured. */
export const pendingThroughputPages = ['Documents library', 'Search'];

/** One page per template and language for page weight. */
export const weightPages = [
  { label: 'Home', path: '/en', status: 200 },
  { label: 'Home (Spanish)', path: '/es', status: 200 },
  { label: 'Prisons page', path: '/en/prisons', status: 200 },
  { label: 'Prisons page (Spanish)', path: '/es/carceles', status: 200 },
  { label: 'Not found', path: '/en/no-such-page', status: 404 },
];

export const lighthousePages = [
  { label: 'Home', path: '/en' },
  { label: 'Home (Spanish)', path: '/es' },
  { label: 'Prisons page', path: '/en/prisons' },
  { label: 'Prisons page (Spanish)', path: '/es/carceles' },
];

export const lighthouseRuns = 3;

export const chromiumPath = '/usr/bin/chromium';

/**
 * create-next-app 16.4.6 was never published: 16.4.3 is the newest 16.x scaffold. The floor app
 * then installs the site's own next, react and next-intl versions (see floor.mjs).
 */
export const createNextAppVersion = '16.4.3';
