// bench/RESULTS.md: the run's results as markdown tables, with the machine and versions.
import { checkBudgets } from './budgets.mjs';
import { dynamicBaseline, load, lighthouseRuns } from './config.mjs';

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const perSecond = (value) => Math.round(value).toLocaleString('en-US');
const milliseconds = (value) => `${value < 1 ? value.toFixed(3) : value.toFixed(2)} ms`;
const percent = (share) => `${(share * 100).toFixed(1)} %`;
/** Shares of a fraction of a percent (the dynamic pages without compression) keep three figures. */
const precisePercent = (share) => `${Number((share * 100).toPrecision(3))} %`;

function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ].join('\n');
}

function machineSection({ machine, floor, peer, durationSeconds }) {
  return table(
    ['', ''],
    [
      ['Date', machine.date],
      ['Machine', `${machine.cores} cores (nproc), ${machine.memoryGiB} GiB memory, ${machine.cpu}, ${machine.os}`],
      ['Node.js', machine.node],
      ['Next.js / React / next-intl', `${machine.next} / ${machine.react} / ${machine.nextIntl}`],
      ['Chromium', machine.chromium],
      ['Lighthouse', machine.lighthouse],
      ['Load generator', machine.loadTool],
      ['Ceiling server', machine.nginx ?? 'none'],
      ['Floor app', `create-next-app@${floor.createNextAppVersion} with ${floor.packages.join(', ')}`],
      ['Peer app', `create-next-app@${peer.createNextAppVersion} with ${peer.packages.join(', ')}, next-intl's routing and proxy`],
      ['Whole run', `${Math.round(durationSeconds / 60)} min`],
      [
        'Load average (1 / 5 / 15 min)',
        `${machine.loadAveragesAtStart.join(' / ')} at the start, before the bench ran anything (other work on the ` +
          `machine), and ${machine.loadAveragesAtEnd.join(' / ')} at the end`,
      ],
    ],
  );
}

/** The measurement whose runs differed most, relative to their median: how far to trust a row. */
function widestSpread(throughput) {
  const spreads = throughput.flatMap((row) =>
    [['site', row.site], ['nginx', row.ceiling]]
      .filter(([, figures]) => figures)
      .map(([server, { runs, median }]) => {
        const rates = runs.map(({ requestsPerSecond }) => requestsPerSecond);
        return { server, row, spread: (Math.max(...rates) - Math.min(...rates)) / median.requestsPerSecond };
      }),
  );
  return spreads.reduce((widest, candidate) => (candidate.spread > widest.spread ? candidate : widest));
}

function throughputNotes({ machine, throughput }) {
  const { server, row, spread } = widestSpread(throughput);
  const notes = [
    `**Spread:** the runs of one measurement differed by up to ${percent(spread)} of their median ` +
      `(${server} on \`${row.path}\`, ${row.compression}); results.json has every run.`,
  ];
  if (machine.loadTool.startsWith('autocannon')) {
    notes.push(
      '**Lower bound:** wrk is not installed, so autocannon measured these. On 2 cores its own ' +
        'JavaScript competes with the servers and it cannot saturate nginx: every requests-per-second ' +
        'figure is a lower bound, the ceiling most of all, so the site\'s share of it is overstated. ' +
        '`apt-get install wrk` for the real figures.',
    );
  }
  if (throughput.every(({ ceiling }) => ceiling === null)) {
    notes.push('**No ceiling:** nginx is not installed (`apt-get install nginx`), so the site is measured alone.');
  }
  for (const row of throughput) {
    for (const [server, figures, serverPath] of [['site', row.site, row.path], ['nginx', row.ceiling, row.path], ['the peer', row.peer, row.peerPath]]) {
      if (figures?.unexpectedResponses) {
        notes.push(
          `**Warning:** ${figures.unexpectedResponses} responses of ${server} on ${serverPath} (${row.compression}) ` +
            `had another status than ${row.status}, or failed.`,
        );
      }
    }
  }
  return notes;
}

function throughputSection(results) {
  const rows = results.throughput.map(({ label, path, status, compression, site, ceiling, siteShareOfCeiling }) => [
    label,
    `\`${path}\``,
    status,
    compression,
    perSecond(site.median.requestsPerSecond),
    milliseconds(site.median.latencyP50Ms),
    milliseconds(site.median.latencyP99Ms),
    ceiling ? perSecond(ceiling.median.requestsPerSecond) : '–',
    ceiling ? milliseconds(ceiling.median.latencyP50Ms) : '–',
    ceiling ? milliseconds(ceiling.median.latencyP99Ms) : '–',
    siteShareOfCeiling === null ? '–' : percent(siteShareOfCeiling),
  ]);
  return [
    `The site's production build (bundled dataset) under its own server (\`npm start\`: Next's request handler behind ` +
      'cache/compression.mjs and cache/renderedViews.mjs), against nginx serving the same ' +
      `HTML saved from the site, with the same status (the ceiling), both on 127.0.0.1. ` +
      `${load.connections} connections for ${load.durationSeconds} s a run, ${load.runs} runs alternating site and nginx ` +
      '(and the peer, for the pages set beside it below); ' +
      `each figure is the median of the runs. "gzip" rows send \`Accept-Encoding: gzip\` to both ` +
      `(the site compresses each body once and keeps it; nginx compresses every response anew at gzip level 6, the ` +
      `same as zlib's default, so compression work bounds the gzip ceiling); "none" rows send no ` +
      `Accept-Encoding.`,
    table(
      ['Page', 'Path', 'Status', 'Compression', 'Site req/s', 'Site p50', 'Site p99', 'nginx req/s', 'nginx p50', 'nginx p99', 'Site ÷ nginx'],
      rows,
    ),
    ...throughputNotes(results),
  ].join('\n\n');
}

function peerSection({ throughput }) {
  const rows = throughput.filter(({ peer }) => peer);
  if (rows.length === 0) return 'Not measured.';
  return [
    'The peer is a next-intl app on the same versions, set up as next-intl\'s example-app-router and routing guide ' +
      'set one up: `i18n/routing.ts` (`en`, `es`), `proxy.ts` with `createMiddleware(routing)` on next-intl\'s documented ' +
      'matcher, and static pages under `app/[locale]` (`generateStaticParams`, `setRequestLocale`), served by `next start`. ' +
      'Its runs alternate with the site\'s and nginx\'s above (same load tool, connections and duration); each figure ' +
      'is the median of the runs.',
    table(
      ['Page', 'Site path', 'Peer path', 'Compression', 'Site req/s', 'Peer req/s', 'Site p99', 'Peer p99', 'Site ÷ peer'],
      rows.map(({ label, path, peerPath, compression, site, peer, siteOverPeer }) => [
        label,
        `\`${path}\``,
        `\`${peerPath}\``,
        compression,
        perSecond(site.median.requestsPerSecond),
        perSecond(peer.median.requestsPerSecond),
        milliseconds(site.median.latencyP99Ms),
        milliseconds(peer.median.latencyP99Ms),
        `${siteOverPeer.toFixed(2)}×`,
      ]),
    ),
  ].join('\n\n');
}

function dynamicSection({ throughput }) {
  const rows = throughput.filter(({ dynamic }) => dynamic);
  const fallback = Object.keys(dynamicBaseline.requestsPerSecond);
  return [
    `The dynamic templates' share of nginx in this run (the throughput table's last column) against their share in the ` +
      `run of ${dynamicBaseline.run}; issue 15 wants at least ${dynamicBaseline.factor}× that share. Pages that run did ` +
      `not measure (it measured ${fallback.map((path) => `\`${path}\``).join(' and ')}) are held to the ` +
      `\`${dynamicBaseline.fallbackPath}\` share.`,
    table(
      ['Page', 'Path', 'Compression', 'Site ÷ nginx', `Site ÷ nginx, ${dynamicBaseline.run}`, 'Against then'],
      rows.map(({ label, path, compression, siteShareOfCeiling, baselineShareOfCeiling, shareOverBaseline }) => [
        label,
        `\`${path}\``,
        compression,
        siteShareOfCeiling === null ? '–' : precisePercent(siteShareOfCeiling),
        precisePercent(baselineShareOfCeiling),
        shareOverBaseline === null ? '–' : `${shareOverBaseline.toFixed(2)}×`,
      ]),
    ),
  ].join('\n\n');
}

function mixedLoadSection({ mixedLoad }) {
  const { loadTool, connections, durationSeconds, sitemapPages, addresses, unexpectedBeforeLoad } = mixedLoad;
  const notFound = addresses.filter(({ status }) => status === 404).length;
  const notes = unexpectedBeforeLoad.map(
    ({ path, expected, answered }) => `**Warning:** \`${path}\` answered ${answered} before the load, where ${expected} was expected.`,
  );
  if (loadTool === 'wrk') {
    notes.push(
      'wrk cannot tell which request a response answers, so a 404 where a page was expected (or the reverse) counts ' +
        `only beyond the ${connections} requests in flight at the end; any other status counts exactly.`,
    );
  }
  return [
    `${addresses.length} addresses requested in turn: the ${sitemapPages} pages of \`/sitemap.xml\`, ` +
      `${addresses.length - sitemapPages - notFound} searches and filtered library views, and ${notFound} unknown ` +
      `addresses (404); ${loadTool} with ${connections} connections for ${durationSeconds} s, gzip accepted, one run ` +
      '(each address was requested once before it, so caches are warm).',
    table(
      ['Requests/s', 'p50', 'p99', 'Requests', 'Errors', 'Unexpected statuses'],
      [[
        perSecond(mixedLoad.requestsPerSecond),
        milliseconds(mixedLoad.latencyP50Ms),
        milliseconds(mixedLoad.latencyP99Ms),
        mixedLoad.requests.toLocaleString('en-US'),
        mixedLoad.errors,
        mixedLoad.unexpectedStatuses,
      ]],
    ),
    ...notes,
  ].join('\n\n');
}

function memorySection({ memory }) {
  const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
  const statuses = Object.entries(memory.statuses).map(([status, count]) => `${count.toLocaleString('en-US')} × ${status}`).join(', ');
  return [
    'Resident memory (VmRSS) of the site\'s server process, started afresh: at idle once every address of the mixed ' +
      `load had been requested once (${memory.warmedPages}), then after ${memory.unknownAddresses.toLocaleString('en-US')} ` +
      `requests to random unknown addresses (\`/en/…\`, \`/es/…/…\` and top-level, ${memory.concurrency} at a time, ` +
      `${memory.seconds} s; answered ${statuses}), read once the server had been idle for ${memory.settleAfterLoadSeconds} s. ` +
      `Peak resident memory (VmHWM) during the requests: ${mb(memory.peakBytes)}.`,
    table(
      ['Measure', 'Idle', 'After', 'Growth'],
      [
        [`Resident memory, ${memory.settleAfterLoadSeconds} s after the requests`, mb(memory.idleBytes), mb(memory.afterBytes), mb(memory.growthBytes)],
        ['Resident memory after a full collection (the budget)', mb(memory.idleCollectedBytes), mb(memory.afterCollectedBytes), mb(memory.collectedGrowthBytes)],
        ['Live JavaScript heap after a full collection', mb(memory.idleHeapBytes), mb(memory.afterHeapBytes), mb(memory.heapGrowthBytes)],
      ],
    ),
    'The live heap is what the server keeps (cache entries, compiled routes, anything leaked): read through the ' +
      'inspector (SIGUSR1) after a forced full collection, and resident memory read a second after it, once ' +
      'what the collection freed has left the process (buffers V8 sweeps on another thread, and the pages ' +
      'memory/freedMemory.mjs hands back to the system once idle after a full collection, which glibc keeps otherwise). ' +
      'The budget compares those resident figures, since before the collection resident memory also counts ' +
      'garbage V8 has not collected yet, as much as it likes while memory is plentiful (its memory reducer ' +
      'shrinks the heap within seconds on some machines and not within 15 s on others). The growth is mostly ' +
      "what Next keeps of the addresses it was asked for: its LRU of rendered pages filling with the unknown " +
      "addresses' cached 404s (up to the size `localMemoryBytes` in cache/handler.mjs sets, as Next counts " +
      "entries) and its other caches: see the README's benchmark section.",
  ].join('\n\n');
}

function freshCloneSection({ freshClone }) {
  if (!freshClone) return 'Not measured (`--no-fresh-clone`).';
  if (freshClone.error) return `**Failed:** ${freshClone.error} (the run's log has the rest).`;
  const { commit, cloneSeconds, installSeconds, serveSeconds, totalSeconds } = freshClone;
  return [
    `\`git clone\` of ${commit.slice(0, 7)} into a temporary folder, then \`npm ci\` (with npm's cache as this machine has ` +
      'it) and `npm run serve` (next build, then the standalone server) until `/en` answers 200. The budget counts ' +
      '`npm ci` and `npm run serve`, as the issue times them.',
    table(
      ['git clone', 'npm ci', 'Build and start', 'npm ci and serve'],
      [[`${cloneSeconds} s`, `${installSeconds} s`, `${serveSeconds} s`, `${totalSeconds} s`]],
    ),
  ].join('\n\n');
}

function weightRow({ label, path, status, html, css, js, totalBytes }) {
  const encodings = [...new Set([...html.encodings, ...css.encodings, ...js.encodings])].join(', ');
  return [label, `\`${path}\``, status, kib(html.bytes), kib(css.bytes), kib(js.bytes), kib(totalBytes), `${css.files} / ${js.files}`, encodings];
}

function errorShellNotes({ pageWeight }) {
  return [...pageWeight.site, pageWeight.floor]
    .filter(({ isErrorShell }) => isErrorShell)
    .map(
      ({ path }) =>
        `**Note:** the HTML of \`${path}\` is Next's error shell (\`<html id="__next_error__">\`): the page's content ` +
        'reaches the browser only in the RSC payload, rendered by JavaScript, and no stylesheet is linked from the HTML.',
    );
}

function pageWeightSection(results) {
  const { pageWeight } = results;
  return [
    'Bytes as transferred: the compressed bodies that the server sends to a browser accepting ' +
      'gzip, br and zstd (the site answers its pages in gzip and its scripts and stylesheets as its build ' +
      'compressed them, in Brotli; the floor app, under `next start`, answers gzip). CSS and JavaScript are the stylesheets and ' +
      'scripts the HTML loads; noModule polyfills, which modern browsers skip, are left out, and so ' +
      'are chunks loaded later (Lighthouse\'s total byte weight below counts everything). The floor ' +
      'is a fresh create-next-app page with next-intl\'s provider and no site code, on the same ' +
      'versions: its layout wraps a one-heading translated page in NextIntlClientProvider (the ' +
      'scaffold\'s Google font, unreachable offline, and its demo page are left out).',
    table(
      ['Page', 'Path', 'Status', 'HTML', 'CSS', 'JavaScript', 'Total', 'CSS / JS files', 'Encoding'],
      [...pageWeight.site.map(weightRow), weightRow({ ...pageWeight.floor, label: '**Floor**' })],
    ),
    ...errorShellNotes(results),
  ].join('\n\n');
}

function lighthouseSection({ lighthouse, lighthouseFloor }) {
  return [
    `Lighthouse's default mobile audit (emulated phone, simulated slow 4G) in Debian's Chromium, ` +
      `${lighthouseRuns} runs a page; each figure is the median of its runs, taken separately. The last column ` +
      'names the accessibility, best-practices and SEO audits that failed in any run. "LCP observed" is when the ' +
      'paint reached the screen in the unthrottled load the simulation starts from. The floor (see page ' +
      'weight) is audited the same way right after the site, as what the framework alone scores on this ' +
      'machine at the time.',
    table(
      ['Page', 'Path', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'LCP', 'LCP observed', 'Total blocking time', 'Total byte weight', 'Audits that cost points'],
      [...lighthouse, { ...lighthouseFloor, label: '**Floor**' }].map(({ label, path, median, auditsLosingPoints }) => [
        label,
        `\`${path}\``,
        median.performance,
        median.accessibility,
        median.bestPractices,
        median.seo,
        `${(median.largestContentfulPaintMs / 1000).toFixed(1)} s`,
        `${(median.observedLargestContentfulPaintMs / 1000).toFixed(2)} s`,
        `${Math.round(median.totalBlockingTimeMs)} ms`,
        kib(median.totalByteWeight),
        auditsLosingPoints.map((id) => `\`${id}\``).join(', ') || 'none',
      ]),
    ),
  ].join('\n\n');
}

function publishLatencySection({ publishLatency }) {
  const { edits, pollMs, medianMs, worstMs, productionConsistencyWaitMs, measuredAt } = publishLatency;
  return [
    `${edits} edits of one page at the Content Lake stand-in, each followed by its signed webhook; ` +
      `timed from the webhook's answer to the first response that shows the edit, polling every ${pollMs} ms` +
      `${measuredAt ? ` (measured ${measuredAt})` : ''}.`,
    table(['Median', 'Worst'], [[`${medianMs} ms`, `${worstMs} ms`]]),
    `In production the webhook handler first waits ${productionConsistencyWaitMs} ms ` +
      '(`SANITY_REVALIDATE_WAIT_MS`) for the Content Lake to be consistent, so a reader sees a publish about ' +
      `${((productionConsistencyWaitMs + medianMs) / 1000).toFixed(1)} s after it is made.`,
  ].join('\n\n');
}

function instancesSection({ instances }) {
  if (!instances) return 'Not measured: it needs `apt-get install redis-server nginx`.';
  const { path: pagePath, balancer, loadTool, connections, durationSeconds, oneInstance, twoInstances, speedup, publishToSecondInstance } =
    instances;
  const row = (label, { median: figures, errors }) => [
    label,
    `${Math.round(figures.requestsPerSecond)}`,
    `${figures.latencyP50Ms.toFixed(1)} ms`,
    `${figures.latencyP99Ms.toFixed(1)} ms`,
    `${errors}`,
  ];
  return [
    `${pagePath} (gzip accepted) through ${balancer}, ${loadTool} with ${connections} connections for ${durationSeconds} s, ` +
      'median of the runs; every instance is a standalone server of the live build sharing one Redis (all on this machine, ' +
      'so two instances compete for the same cores as the balancer, Redis and the load tool).',
    table(['Instances', 'Requests/s', 'p50', 'p99', 'Errors'], [row('One', oneInstance), row('Two', twoInstances)]),
    `Two instances serve ${speedup.toFixed(2)}× what one does.`,
    `Publish through one instance, read on the other: ${publishToSecondInstance.edits} edits, timed from the first ` +
      `instance's answer to the webhook to the second instance's first response showing the edit (polling every ` +
      `${publishToSecondInstance.pollMs} ms): median ${publishToSecondInstance.medianMs} ms, worst ${publishToSecondInstance.worstMs} ms.`,
  ].join('\n\n');
}

function budgetsSection(results) {
  const budgets = checkBudgets(results);
  const unmet = budgets.filter(({ holds }) => !holds);
  return [
    table(
      ['Budget', 'Worst in this run', 'Holds'],
      budgets.map(({ budget, worst, holds }) => [budget, worst, holds ? 'yes' : '**no**']),
    ),
    ...(unmet.length === 0
      ? []
      : [
          '### Budgets not met, and why',
          unmet
            .map(
              ({ budget, cause }) =>
                `- **${budget}.** ${cause ?? 'No cause found: new in this run, so a regression or the machine (see its load average above).'}`,
            )
            .join('\n'),
        ]),
  ].join('\n\n');
}

export function renderReport(results) {
  return `${[
    '# Benchmark results',
    'Written by `npm run bench` (bench/run.mjs); every figure of the run is in [results.json](results.json).',
    machineSection(results),
    '## Budgets',
    budgetsSection(results),
    '## Throughput',
    throughputSection(results),
    '## Static pages against the peer',
    peerSection(results),
    '## Dynamic templates against the 2026-12-01 run',
    dynamicSection(results),
    '## Mixed load',
    mixedLoadSection(results),
    '## Server memory',
    memorySection(results),
    '## Fresh clone',
    freshCloneSection(results),
    '## Page weight',
    pageWeightSection(results),
    '## Lighthouse (mobile)',
    lighthouseSection(results),
    '## Publish-to-visible',
    publishLatencySection(results),
    '## Several instances',
    instancesSection(results),
  ].join('\n\n')}\n`;
}
