// Mixed load (issue 15, goal 4): every page of the site's sitemap, with searches, filtered library
// views and unknown addresses among them, requested in turn by many connections at once, as a
// crawler and readers together would. wrk cycles through the addresses with a Lua script (one
// request() per request); autocannon, where wrk is missing, cycles through them per connection.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import autocannon from 'autocannon';
import { mixedLoad } from './config.mjs';
import { autocannonFigures, parseWrkReport } from './loadTest.mjs';
import { capture } from './processes.mjs';

/** The paths (with their query) of every URL in the site's sitemap, as the loopback server answers them. */
export async function sitemapPaths(origin) {
  const response = await fetch(new URL('/sitemap.xml', origin));
  if (response.status !== 200) throw new Error(`/sitemap.xml answered ${response.status}`);
  const xml = await response.text();
  // Only <loc>: the hreflang alternates name the same pages again.
  const locations = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, location]) => location.replaceAll('&amp;', '&'));
  return [...new Set(locations.map((location) => {
    const url = new URL(location);
    return `${url.pathname}${url.search}`;
  }))];
}

/**
 * The extra addresses spread evenly among the sitemap's pages: any stretch of the list is a mix,
 * even for autocannon, whose connections all start at its beginning.
 */
function interleave(pages, extras) {
  const mixed = [...pages];
  extras.forEach((extra, index) => {
    mixed.splice(Math.round(((index + 1) * pages.length) / (extras.length + 1)) + index, 0, extra);
  });
  return mixed;
}

/** Each address requested once, in turn: the status it gives before any load (and a warm cache). */
async function statusesOf(origin, pages) {
  const found = [];
  for (const page of pages) {
    const response = await fetch(new URL(page.path, origin), { redirect: 'manual' });
    await response.arrayBuffer();
    found.push({ ...page, answered: response.status });
  }
  return found;
}

/**
 * wrk's script: request() hands out the addresses in turn (each thread from its own place in the
 * list), response() counts the statuses, done() adds up the threads' counts. Responses cannot be
 * matched with their requests (a thread's connections interleave), so a 404 is expected as often
 * as the unknown addresses were sent, give or take the requests in flight at the end.
 */
export function wrkScript(pages) {
  const list = pages.map(({ path: pagePath }) => `  ${JSON.stringify(pagePath)},`).join('\n');
  const notFound = pages.flatMap(({ status }, index) => (status === 404 ? [`[${index + 1}] = true`] : [])).join(', ');
  return `-- Written by bench/lib/mixedLoad.mjs for one run.
local paths = {
${list}
}
local notFound = { ${notFound} }
local threads = {}
index = 0
sentNotFound = 0
answeredNotFound = 0
answeredOther = 0

function setup(thread)
  thread:set("index", #threads * math.floor(#paths / 2))
  table.insert(threads, thread)
end

function request()
  index = index % #paths + 1
  if notFound[index] then sentNotFound = sentNotFound + 1 end
  return wrk.format(nil, paths[index])
end

function response(status, headers, body)
  if status == 404 then
    answeredNotFound = answeredNotFound + 1
  elseif status ~= 200 then
    answeredOther = answeredOther + 1
  end
end

function done(summary, latency, requests)
  local sent, notFoundAnswers, other = 0, 0, 0
  for _, thread in ipairs(threads) do
    sent = sent + thread:get("sentNotFound")
    notFoundAnswers = notFoundAnswers + thread:get("answeredNotFound")
    other = other + thread:get("answeredOther")
  end
  io.write(string.format("Mixed statuses: sent404 %d answered404 %d other %d\\n", sent, notFoundAnswers, other))
end
`;
}

/** The counts done() printed. */
function parseStatusLine(report) {
  const match = /Mixed statuses: sent404 (\d+) answered404 (\d+) other (\d+)/.exec(report);
  if (!match) throw new Error(`wrk report without the script's statuses:\n${report}`);
  const [sentNotFound, answeredNotFound, answeredOther] = match.slice(1).map(Number);
  return { sentNotFound, answeredNotFound, answeredOther };
}

async function runWrk(origin, pages, workDir, headers) {
  const script = path.join(workDir, 'mixed-load.lua');
  await writeFile(script, wrkScript(pages));
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  const args = ['-t2', `-c${mixedLoad.connections}`, `-d${mixedLoad.durationSeconds}s`, '--timeout', '10s', '--latency', '-s', script, ...headerArgs, origin];
  const report = await capture('wrk', args);
  const figures = parseWrkReport(report);
  const { sentNotFound, answeredNotFound, answeredOther } = parseStatusLine(report);
  return {
    ...figures,
    // Statuses other than 200 and 404 are counted exactly; a 404 where a page was expected (or the
    // reverse) only when it outnumbers the requests that were still in flight at the end.
    unexpectedStatuses: answeredOther + Math.max(0, Math.abs(answeredNotFound - sentNotFound) - mixedLoad.connections),
    statuses: { sentNotFound, answeredNotFound, answeredOther },
  };
}

async function runAutocannon(origin, pages, headers) {
  let unexpected = 0;
  const requests = pages.map(({ path: pagePath, status }) => ({
    method: 'GET',
    path: pagePath,
    // autocannon knows which request a response answers: each is checked against its page.
    onResponse: (answered) => {
      if (answered !== status) unexpected += 1;
    },
  }));
  const result = await autocannon({
    url: origin,
    headers,
    requests,
    connections: mixedLoad.connections,
    duration: mixedLoad.durationSeconds,
    timeout: 10,
  });
  return {
    ...autocannonFigures(result),
    unexpectedStatuses: unexpected,
    statuses: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, Number(count)])),
  };
}

/**
 * The mixed load against the site at origin: its sitemap's pages and config's extra addresses,
 * each first requested once (their statuses before the load are kept), then mixedLoad.connections
 * connections for mixedLoad.durationSeconds, gzip accepted as browsers do.
 */
export async function measureMixedLoad(origin, { loadTool, workDir }) {
  const sitemap = await sitemapPaths(origin);
  const pages = interleave(sitemap.map((pagePath) => ({ path: pagePath, status: 200 })), mixedLoad.extraPages);
  const before = await statusesOf(origin, pages);
  const headers = { 'accept-encoding': 'gzip' };
  console.log(`  ${pages.length} addresses (${sitemap.length} from the sitemap), ${mixedLoad.connections} connections, ${mixedLoad.durationSeconds} s`);
  const figures = loadTool === 'wrk' ? await runWrk(origin, pages, workDir, headers) : await runAutocannon(origin, pages, headers);
  console.log(`  ${Math.round(figures.requestsPerSecond)} req/s, p99 ${Math.round(figures.latencyP99Ms)} ms, ${figures.errors} errors`);
  return {
    loadTool,
    connections: mixedLoad.connections,
    durationSeconds: mixedLoad.durationSeconds,
    sitemapPages: sitemap.length,
    addresses: pages.map(({ path: pagePath, status }) => ({ path: pagePath, status })),
    unexpectedBeforeLoad: before.filter(({ status, answered }) => status !== answered).map(({ path: pagePath, status, answered }) => ({ path: pagePath, expected: status, answered })),
    ...figures,
  };
}
