// Lighthouse's mobile audit (its default: emulated phone, simulated slow 4G) in Debian's
// Chromium. The CLI runs in its own process so that each run starts a fresh browser.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromiumPath, lighthouseRuns } from './config.mjs';
import { run } from './processes.mjs';
import { medianOfEach } from './stats.mjs';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const chromeFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The scores (0–100) and figures one report gives. */
function figuresOf(report) {
  const score = (category) => Math.round(report.categories[category].score * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    largestContentfulPaintMs: report.audits['largest-contentful-paint'].numericValue,
    // When the paint reached the screen in the unthrottled load the simulation starts from: the
    // scripts that ran before it count towards the simulated LCP (README, Reading Lighthouse's LCP).
    observedLargestContentfulPaintMs: report.audits.metrics.details.items[0].observedLargestContentfulPaint,
    totalBlockingTimeMs: report.audits['total-blocking-time'].numericValue,
    totalByteWeight: report.audits['total-byte-weight'].numericValue,
  };
}

/**
 * The audits that cost points in the scored categories other than performance (whose audits are
 * its metrics): what to fix when a score is below 100.
 */
function auditsLosingPoints(report) {
  return categories
    .filter((category) => category !== 'performance')
    .flatMap((category) => report.categories[category].auditRefs.filter(({ weight }) => weight > 0))
    .filter(({ id }) => report.audits[id].score !== null && report.audits[id].score < 1)
    .map(({ id }) => id);
}

/** One Lighthouse run of url; its full JSON report is written to reportFile. */
async function auditPage(url, reportFile) {
  await run(
    path.join('node_modules', '.bin', 'lighthouse'),
    [
      url,
      '--quiet',
      '--no-enable-error-reporting',
      // Takes seconds a run and feeds no score or metric.
      '--disable-full-page-screenshot',
      `--only-categories=${categories.join(',')}`,
      '--output=json',
      `--output-path=${reportFile}`,
      `--chrome-flags=${chromeFlags.join(' ')}`,
    ],
    { env: { CHROME_PATH: chromiumPath } },
  );
  const report = JSON.parse(await readFile(reportFile, 'utf8'));
  return { figures: figuresOf(report), auditsLosingPoints: auditsLosingPoints(report) };
}

/** lighthouseRuns audits of each of pages (label, path) at origin, one page after another; each figure is a median. */
export async function auditPages(origin, pages, reportsDir) {
  const rows = [];
  for (const { label, path: pagePath } of pages) {
    const runs = [];
    const auditsLost = new Set();
    for (let runIndex = 0; runIndex < lighthouseRuns; runIndex += 1) {
      const reportFile = path.join(reportsDir, `${new URL(origin).port}${pagePath.replaceAll('/', '_')}-${runIndex + 1}.json`);
      const { figures, auditsLosingPoints: lost } = await auditPage(new URL(pagePath, origin).href, reportFile);
      runs.push(figures);
      for (const id of lost) auditsLost.add(id);
      console.log(`  ${label} ${pagePath} run ${runIndex + 1}: performance ${figures.performance}`);
    }
    rows.push({ label, path: pagePath, runs, median: medianOfEach(runs), auditsLosingPoints: [...auditsLost].sort() });
  }
  return rows;
}
