// bench/RESULTS.md: the run's results as markdown tables, with the machine and versions.
import { checkBudgets } from './budgets.mjs';
import { load, lighthouseRuns } from './config.mjs';

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const perSecond = (value) => Math.round(value).toLocaleString('en-US');
const milliseconds = (value) => `${value < 1 ? value.toFixed(3) : value.toFixed(2)} ms`;
const percent = (share) => `${(share * 100).toFixed(1)} %`;

function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ].join('\n');
}

function machineSection({ machine, floor, durationSeconds }) {
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
    for (const [server, figures] of [['site', row.site], ['nginx', row.ceiling]]) {
      if (figures?.unexpectedResponses) {
        notes.push(
          `**Warning:** ${figures.unexpectedResponses} responses of ${server} on ${row.path} (${row.compression}) ` +
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
    `The site's production build (bundled dataset) under its standalone server (\`npm start\`), against nginx serving the same ` +
      `HTML saved from the site, with the same status (the ceiling), both on 127.0.0.1. ` +
      `${load.connections} connections for ${load.durationSeconds} s a run, ${load.runs} runs alternating site and nginx; ` +
      `each figure is the median of the runs. "gzip" rows send \`Accept-Encoding: gzip\` to both ` +
      `(Next's server compresses by default; nginx at gzip level 6, the same as zlib's default; both compress every ` +
      `response anew, so compression work bounds the gzip ceiling); "none" rows send no ` +
      `Accept-Encoding.`,
    table(
      ['Page', 'Path', 'Status', 'Compression', 'Site req/s', 'Site p50', 'Site p99', 'nginx req/s', 'nginx p50', 'nginx p99', 'Site ÷ nginx'],
      rows,
    ),
    ...throughputNotes(results),
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
      'gzip, br and zstd (the server answers gzip). CSS and JavaScript are the stylesheets and ' +
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

function lighthouseSection({ lighthouse }) {
  return [
    `Lighthouse's default mobile audit (emulated phone, simulated slow 4G) in Debian's Chromium, ` +
      `${lighthouseRuns} runs a page; each figure is the median of its runs, taken separately. The last column ` +
      'names the accessibility, best-practices and SEO audits that failed in any run.',
    table(
      ['Page', 'Path', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'LCP', 'Total byte weight', 'Audits that cost points'],
      lighthouse.map(({ label, path, median, auditsLosingPoints }) => [
        label,
        `\`${path}\``,
        median.performance,
        median.accessibility,
        median.bestPractices,
        median.seo,
        `${(median.largestContentfulPaintMs / 1000).toFixed(1)} s`,
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
  return table(
    ['Budget', 'Worst in this run', 'Holds'],
    checkBudgets(results).map(({ budget, worst, holds }) => [budget, worst, holds ? 'yes' : '**no**']),
  );
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
