// Lighthouse's mobile audit (its default: emulated phone, simulated slow 4G) in Debian's
// Chromium. The CLI runs in its own process so that each run starts a fresh browser.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromiumPath, lighthousePages, lighthouseRuns } from './config.mjs';
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
    totalByteWeight: report.audits['total-byte-weight'].numericValue,
  };
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
  return figuresOf(JSON.parse(await readFile(reportFile, 'utf8')));
}

/** lighthouseRuns audits of each page, one page after another; each figure is a median. */
export async function auditPages(origin, reportsDir) {
  const rows = [];
  for (const { label, path: pagePath } of lighthousePages) {
    const runs = [];
    for (let runIndex = 0; runIndex < lighthouseRuns; runIndex += 1) {
      const reportFile = path.join(reportsDir, `${pagePath.replaceAll('/', '_')}-${runIndex + 1}.json`);
      runs.push(await auditPage(new URL(pagePath, origin).href, reportFile));
      console.log(`  ${pagePath} run ${runIndex + 1}: performance ${runs.at(-1).performance}`);
    }
    rows.push({ label, path: pagePath, runs, median: medianOfEach(runs) });
  }
  return rows;
}
