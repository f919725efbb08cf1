// The budgets the issue sets, checked against one run's figures. They are printed and written to
// the report, never asserted in tests: a slow machine must not fail the suite.

import { dynamicBaseline } from './config.mjs';

const KB = 1000;
const MB = 1000 * KB;

/** Client JavaScript may exceed the floor's by this much (compressed). */
const javascriptOverFloor = 15 * KB;
/** HTML, CSS and JavaScript of a page together, as transferred. */
const totalPageWeight = 180 * KB;
const lighthouseMinimums = [
  { category: 'performance', name: 'performance', minimum: 98 },
  { category: 'accessibility', name: 'accessibility', minimum: 100 },
  { category: 'bestPractices', name: 'best practices', minimum: 100 },
  { category: 'seo', name: 'SEO', minimum: 100 },
];

/** Largest contentful paint of every page, the median of its runs. */
const largestContentfulPaintMs = 1500;
/** Static pages against the peer's like pages, requests per second. */
const overPeer = 2;
/** Mixed load. */
const mixedLoadP99Ms = 500;
/** Resident memory after the unknown addresses, over its idle figure, both read after a full collection. */
const memoryGrowth = 64 * MB;
/** `npm ci && npm run serve` on a fresh clone until /en answers, on the bench's machine. */
const freshCloneSeconds = 120;

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

/**
 * What this project found behind the budgets it has not met, measured and written up in the README
 * section named: the report prints it beside a budget that fails. A budget that fails without one
 * is news (a regression, or the run's machine) and the report says so.
 */
const readme = (section) => `[README, ${section}](../README.md#${section.toLowerCase().replaceAll(/[^a-z0-9 -]/g, '').replaceAll(' ', '-')})`;
const knownCauses = {
  largestContentfulPaint: (floor) =>
    "Lighthouse's simulation counts every script that started running before the paint was observed on loopback " +
    '(LCP observed, in the Lighthouse table): the framework\'s async chunks (the JavaScript of the page weight table), ' +
    'which the floor app loads as much of. ' +
    'The lead paragraph is in the first HTML, but laid out after two stylesheets while those scripts compile on the ' +
    "machine's other core, it loses that race; and Debian's full headless Chromium then often holds the frame until " +
    'about 1.2 s (as GoogleChrome/lighthouse#17148 describes). ' +
    `The floor's page, one heading under one stylesheet, is laid out sooner (in this run: observed at ${seconds(floor.median.observedLargestContentfulPaintMs)}, ` +
    `LCP ${seconds(floor.median.largestContentfulPaintMs)}). Inlining the CSS moves when the race is won, not whether ` +
    '(measured 0.7–2.2 s inlined against 1.2–2.0 s), and Next ships no less of its scripts. ' +
    readme('Reading Lighthouse\'s LCP on this site'),
  performance: (floor) =>
    'The largest contentful paint above, and total blocking time, which the framework\'s scripts set and the ' +
    `machine's load moves: in this run the floor app (the framework alone, one heading) scored ${floor.median.performance}, ` +
    `with ${Math.round(floor.median.totalBlockingTimeMs)} ms of total blocking time. Every page scored 97–99 in the run ` +
    'of 14ab968 (4 December, morning), and some page under 98 in every run since, with the same Lighthouse and Chromium. ' +
    readme('Reading Lighthouse\'s LCP on this site'),
  overPeer:
    'A page asked for again within half a second is served from the server\'s own copy (cache/renderedViews.mjs) ' +
    "without Next's routing and cache handler, and compressed once (cache/compression.mjs); what remains is the " +
    'size of the page: 34 KB of /en\'s 42 KB is the RSC payload Next inlines for hydration, where the peer\'s ' +
    'pages are 6–7 KB. ' +
    readme('Where a cached page\'s time goes'),
  dynamic:
    'A page that reads its query string is rendered for each request (React\'s server renderer is 43 % of the ' +
    "filtered library's time, zod 3.6 %) unless its address was asked for within the half second: the server " +
    'keeps what it sends for half a second (cache/renderedViews.mjs), so under load it is rendered twice a second. ' +
    readme('Where a cached page\'s time goes'),
  memory:
    'The server gives back the memory glibc holds free once idle after a full collection (memory/freedMemory.mjs: ' +
    'malloc_trim through an addon npm ci builds; the server says at start when it runs without it). Measured ' +
    'outside a run (5 December, 84 pages warmed, 10,000 unknown addresses): 54.4 MB of growth twice, against ' +
    '124.7 MB without the addon, whose glibc main heap kept 107 MB. What stays is mostly the live heap, some ' +
    "21 MB, as large with the 404s kept out of Next's cache: after 3,000 unknown addresses a heap snapshot held " +
    "16,000 more strings and 6,000 more nodes of Next's LRU lists. The growth is a plateau, not a leak: " +
    "10,000 more unknown addresses added 9.6 MB. Tried before: Debian's jemalloc (LD_PRELOAD, not part of Node) 54 MB with its decay at 0; V8's " +
    '--heap-growing-percent=50, --max-old-space-size=256 and --optimize-for-size 69–89 MB; ' +
    'MALLOC_MMAP_THRESHOLD_=32768 87 MB, and at 8192 76 MB with unknown addresses served a third slower. ' +
    readme('Benchmark'),
  freshClone: "`npm ci`, then the build's compile, most of which is the Studio. " + readme('Build and CI time'),
};

/** Search results are kept out of search engines on purpose, which Lighthouse's SEO audit counts against them. */
const keptOutOfSearchEngines = (path) => /^\/[a-z]{2}\/(search|buscar)\?/.test(path);

/** Every budget with the worst figure of the run, whether it holds, and the cause found when it does not. */
export function checkBudgets({ throughput, pageWeight, lighthouse, lighthouseFloor, mixedLoad, memory, freshClone }) {
  const budgets = [];
  const worst = (rows, figure) => rows.reduce((found, row) => (figure(row) < figure(found) ? row : found));

  for (const { category, name, minimum } of lighthouseMinimums) {
    const pages = category === 'seo' ? lighthouse.filter(({ path }) => !keptOutOfSearchEngines(path)) : lighthouse;
    const page = worst(pages, (row) => row.median[category]);
    budgets.push({
      budget: `Lighthouse ${name} at least ${minimum} on every page${category === 'seo' ? ' but search results (noindex)' : ''}`,
      worst: `${page.median[category]} (${page.path})`,
      holds: page.median[category] >= minimum,
      cause: category === 'performance' ? knownCauses.performance(lighthouseFloor) : undefined,
    });
  }
  const slowestPaint = worst(lighthouse, (row) => -row.median.largestContentfulPaintMs);
  budgets.push({
    budget: `Lighthouse largest contentful paint at most ${(largestContentfulPaintMs / 1000).toFixed(1)} s on every page`,
    worst: `${seconds(slowestPaint.median.largestContentfulPaintMs)} (${slowestPaint.path})`,
    holds: slowestPaint.median.largestContentfulPaintMs <= largestContentfulPaintMs,
    cause: knownCauses.largestContentfulPaint(lighthouseFloor),
  });

  const beside = (row) => `${row.path}, ${row.compression}`;
  const peerRows = throughput.filter(({ peer }) => peer);
  const peerBudget = `static pages at least ${overPeer}× the peer's requests per second`;
  if (peerRows.length > 0) {
    const closest = worst(peerRows, (row) => row.siteOverPeer);
    budgets.push({
      budget: peerBudget,
      worst: `${closest.siteOverPeer.toFixed(2)}× (${beside(closest)}, against the peer's ${closest.peerPath})`,
      holds: closest.siteOverPeer >= overPeer,
      cause: knownCauses.overPeer,
    });
  } else {
    budgets.push({ budget: peerBudget, worst: 'not measured', holds: false });
  }

  const dynamicRows = throughput.filter(({ dynamic }) => dynamic);
  const dynamicBudget =
    `dynamic templates (library, filtered library, search, paged list) at least ${dynamicBaseline.factor}× ` +
    `their share of nginx in the run of ${dynamicBaseline.run}`;
  if (dynamicRows.every(({ shareOverBaseline }) => shareOverBaseline !== null && shareOverBaseline !== undefined)) {
    const slowest = worst(dynamicRows, (row) => row.shareOverBaseline);
    budgets.push({
      budget: dynamicBudget,
      worst: `${slowest.shareOverBaseline.toFixed(2)}× (${beside(slowest)})`,
      holds: slowest.shareOverBaseline >= dynamicBaseline.factor,
      cause: knownCauses.dynamic,
    });
  } else {
    budgets.push({ budget: dynamicBudget, worst: 'not measured (no nginx)', holds: false });
  }

  const contentPages = pageWeight.site.filter(({ status }) => status === 200);
  const heaviestScript = worst(contentPages, (row) => -row.js.bytes);
  const scriptLimit = pageWeight.floor.js.bytes + javascriptOverFloor;
  budgets.push({
    budget: `client JavaScript at most the floor's plus 15 KB (${(scriptLimit / KB).toFixed(1)} KB)`,
    worst: `${(heaviestScript.js.bytes / KB).toFixed(1)} KB (${heaviestScript.path})`,
    holds: heaviestScript.js.bytes <= scriptLimit,
  });

  const heaviestPage = worst(contentPages, (row) => -row.totalBytes);
  budgets.push({
    budget: 'total page weight at most 180 KB',
    worst: `${(heaviestPage.totalBytes / KB).toFixed(1)} KB (${heaviestPage.path})`,
    holds: heaviestPage.totalBytes <= totalPageWeight,
  });

  const unexpected = throughput.reduce((sum, row) => sum + row.site.unexpectedResponses, 0);
  budgets.push({
    budget: 'no errors and no unexpected status under load',
    worst: `${unexpected} unexpected responses or errors`,
    holds: unexpected === 0,
  });

  budgets.push({
    budget: `mixed load: p99 at most ${mixedLoadP99Ms} ms`,
    worst: `${Math.round(mixedLoad.latencyP99Ms)} ms`,
    holds: mixedLoad.latencyP99Ms <= mixedLoadP99Ms,
  });
  const mixedFailures = mixedLoad.errors + mixedLoad.unexpectedStatuses + mixedLoad.unexpectedBeforeLoad.length;
  budgets.push({
    budget: 'mixed load: no errors and no unexpected status',
    worst: `${mixedLoad.errors} errors, ${mixedLoad.unexpectedStatuses} unexpected statuses under load, ${mixedLoad.unexpectedBeforeLoad.length} before it`,
    holds: mixedFailures === 0,
  });

  budgets.push({
    budget: `server memory at most ${memoryGrowth / MB} MB over its idle figure after ${memory.unknownAddresses.toLocaleString('en-US')} unknown addresses (resident, after a full collection)`,
    worst: `${(memory.collectedGrowthBytes / MB).toFixed(1)} MB`,
    holds: memory.collectedGrowthBytes <= memoryGrowth,
    cause: knownCauses.memory,
  });

  const cloneBudget = `a fresh clone serves within ${freshCloneSeconds} s (npm ci, then npm run serve until /en answers)`;
  if (!freshClone) budgets.push({ budget: cloneBudget, worst: 'not measured (--no-fresh-clone)', holds: false });
  else if (freshClone.error) budgets.push({ budget: cloneBudget, worst: `failed: ${freshClone.error}`, holds: false });
  else {
    budgets.push({
      budget: cloneBudget,
      worst: `${freshClone.totalSeconds} s`,
      holds: freshClone.totalSeconds <= freshCloneSeconds,
      cause: knownCauses.freshClone,
    });
  }
  return budgets;
}
