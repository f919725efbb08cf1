// The budgets the issue sets, checked against one run's figures. They are printed and written to
// the report, never asserted in tests: a slow machine must not fail the suite.

const KB = 1000;

/** Client JavaScript may exceed the floor's by this much (compressed). */
const javascriptOverFloor = 15 * KB;
/** HTML, CSS and JavaScript of a page together, as transferred. */
const totalPageWeight = 180 * KB;
const lighthouseMinimums = [
  { category: 'performance', name: 'performance', minimum: 95 },
  { category: 'accessibility', name: 'accessibility', minimum: 100 },
  { category: 'bestPractices', name: 'best practices', minimum: 100 },
  { category: 'seo', name: 'SEO', minimum: 100 },
];

/** Search results are kept out of search engines on purpose, which Lighthouse's SEO audit counts against them. */
const keptOutOfSearchEngines = (path) => /^\/[a-z]{2}\/(search|buscar)\?/.test(path);

/** Every budget with the worst figure of the run and whether it holds. */
export function checkBudgets({ throughput, pageWeight, lighthouse }) {
  const budgets = [];
  const worst = (rows, figure) => rows.reduce((found, row) => (figure(row) < figure(found) ? row : found));

  for (const { category, name, minimum } of lighthouseMinimums) {
    const pages = category === 'seo' ? lighthouse.filter(({ path }) => !keptOutOfSearchEngines(path)) : lighthouse;
    const page = worst(pages, (row) => row.median[category]);
    budgets.push({
      budget: `Lighthouse ${name} at least ${minimum} on every page${category === 'seo' ? ' but search results (noindex)' : ''}`,
      worst: `${page.median[category]} (${page.path})`,
      holds: page.median[category] >= minimum,
    });
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
  return budgets;
}
