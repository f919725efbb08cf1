// npm run bench: builds the site, a floor app and a peer app, serves them on loopback, and
// measures throughput (against an nginx ceiling and the peer), a mixed load, the server's memory
// after unknown addresses, page weight, Lighthouse scores, how soon a publish is visible, two
// instances sharing Redis against one, and how soon a fresh clone serves. Writes
// bench/RESULTS.md and bench/results.json. Not part of npm test or CI: it takes minutes and its
// numbers depend on the machine.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildFloorApp } from './lib/floor.mjs';
import { measureFreshClone } from './lib/freshClone.mjs';
import { measureMemoryGrowth } from './lib/memory.mjs';
import { measureMixedLoad } from './lib/mixedLoad.mjs';
import { buildPeerApp } from './lib/peer.mjs';
import { auditPages } from './lib/lighthouse.mjs';
import { chromiumPath, host, lighthousePages, ports, siteDistDir, throughputPages, weightPages } from './lib/config.mjs';
import { chooseLoadTool } from './lib/loadTest.mjs';
import { describeMachine, loadAverages } from './lib/machine.mjs';
import { isNginxInstalled, startNginx } from './lib/nginx.mjs';
import { measurePageWeight } from './lib/pageWeight.mjs';
import { assertPortFree, run, startServer, stopAllServers } from './lib/processes.mjs';
import { canMeasureInstances, instancesPorts, measureInstances } from './lib/instances.mjs';
import { buildLive, liveEnv, measurePublishLatency, publishLatencyPorts, startContentLake } from './lib/publishLatency.mjs';
import { checkBudgets } from './lib/budgets.mjs';
import { renderReport } from './lib/report.mjs';
import { measureThroughput } from './lib/throughput.mjs';

const quietNext = { NEXT_TELEMETRY_DISABLED: '1' };
const siteEnv = { ...quietNext, NEXT_DIST_DIR: siteDistDir };
const siteOrigin = `http://${host}:${ports.site}`;
const floorOrigin = `http://${host}:${ports.floor}`;

/** What `npm run bench -- …` accepts; anything else is a mistake, not a reason to run 30 minutes. */
const options = {
  '--busy': 'measure even when the load average at the start is over 1.0',
  '--instances-only': 'measure the several-instances part alone and print it, writing no report',
  '--no-fresh-clone': 'skip timing npm ci and npm run serve on a fresh clone (some 3 minutes)',
  '--report-only': "measure nothing: write bench/RESULTS.md again from bench/results.json (after a change to the report's text)",
};
const unknownOptions = process.argv.slice(2).filter((argument) => !Object.hasOwn(options, argument));
if (unknownOptions.length > 0) {
  console.error(`Unknown option ${unknownOptions.join(', ')}. npm run bench -- [option…]:`);
  for (const [option, meaning] of Object.entries(options)) console.error(`  ${option}  ${meaning}`);
  process.exit(2);
}
if (process.argv.includes('--report-only')) {
  await writeFile('bench/RESULTS.md', renderReport(JSON.parse(await readFile('bench/results.json', 'utf8'))));
  console.log('Wrote bench/RESULTS.md from bench/results.json.');
  process.exit(0);
}

function step(message) {
  console.log(`\n▶ ${message}`);
}

async function checkPrerequisites() {
  if (!existsSync(chromiumPath)) throw new Error(`Lighthouse needs Chromium at ${chromiumPath}: apt-get install chromium`);
  const loadTool = await chooseLoadTool();
  if (loadTool !== 'wrk') console.warn('wrk is not installed: autocannon measures a lower bound (apt-get install wrk).');
  const nginxInstalled = await isNginxInstalled();
  if (!nginxInstalled) console.warn('nginx is not installed: no ceiling is measured (apt-get install nginx).');
  const [busyCores] = os.loadavg();
  if (busyCores > 0.5) console.warn(`The machine is busy (load average ${busyCores.toFixed(1)}): expect lower figures.`);
  const instancesMeasurable = await canMeasureInstances();
  if (!instancesMeasurable) console.warn('redis-server or nginx is not installed: two instances are not measured (apt-get install redis-server nginx).');
  for (const port of [...Object.values(ports), ...Object.values(publishLatencyPorts), ...Object.values(instancesPorts)]) {
    await assertPortFree(port, host);
  }
  return { loadTool, nginxInstalled, instancesMeasurable };
}

/** next start of the app in appDir, with its own next (the floor app has one of its own). */
function startNext({ name, appDir, port, env, workDir }) {
  return startServer(name, path.join(appDir, 'node_modules', '.bin', 'next'), ['start', '-H', host, '-p', String(port)], {
    cwd: appDir,
    env,
    readyUrl: `http://${host}:${port}/`,
    logFile: path.join(workDir, `${name}.log`),
  });
}

/** The HTML nginx will serve, fetched from the site; also proves each page has its status. */
async function savePages() {
  return Promise.all(
    throughputPages.map(async ({ path: pagePath, status }) => {
      const response = await fetch(new URL(pagePath, siteOrigin));
      if (response.status !== status) throw new Error(`${pagePath} answered ${response.status}, expected ${status}`);
      return { path: pagePath, status, html: await response.text() };
    }),
  );
}

/** The site's standalone server, as in production (the floor and the peer run next start). */
function startSite(workDir) {
  return startServer('site', 'node', ['scripts/start.mjs'], {
    env: { ...siteEnv, HOSTNAME: host, PORT: String(ports.site) },
    readyUrl: `${siteOrigin}/`,
    logFile: path.join(workDir, 'site.log'),
  });
}

/** measure(floorOrigin) with the floor app served for it alone. */
async function withFloorServed(floorDir, workDir, measure) {
  const floorServer = await startNext({ name: 'floor', appDir: floorDir, port: ports.floor, env: quietNext, workDir });
  try {
    return await measure(floorOrigin);
  } finally {
    await floorServer.stop();
  }
}

async function bench(workDir) {
  const startedAt = Date.now();
  const loadAveragesAtStart = loadAverages();
  const { loadTool, nginxInstalled, instancesMeasurable } = await checkPrerequisites();

  step(`Building the site into ${siteDistDir}`);
  await run(path.join('node_modules', '.bin', 'next'), ['build'], { env: siteEnv });

  step('Building the floor app (create-next-app with next-intl, no site code)');
  const floorDir = path.join(workDir, 'floor');
  const floor = await buildFloorApp(floorDir, quietNext);

  step('Building the peer app (next-intl routing and proxy, as next-intl\'s example-app-router)');
  const peerDir = path.join(workDir, 'peer');
  const peer = await buildPeerApp(peerDir, quietNext);

  step('Page weight of the floor app');
  const floorWeight = await withFloorServed(floorDir, workDir, (origin) =>
    measurePageWeight(origin, { label: 'Floor', path: '/', status: 200 }),
  );

  step('Page weight of the site');
  const site = await startSite(workDir);
  const savedPages = await savePages();
  const siteWeights = [];
  for (const page of weightPages) siteWeights.push(await measurePageWeight(siteOrigin, page));

  step(`Throughput with ${loadTool}${nginxInstalled ? ', against nginx' : ''} and the peer`);
  const nginx = nginxInstalled ? await startNginx(path.join(workDir, 'nginx'), savedPages) : null;
  const peerServer = await startNext({ name: 'peer', appDir: peerDir, port: ports.peer, env: quietNext, workDir });
  const throughput = await measureThroughput({ loadTool, withCeiling: nginxInstalled, withPeer: true });
  await Promise.all([nginx?.stop(), peerServer.stop()]);

  step(`Mixed load with ${loadTool}: the sitemap's pages, searches, filtered library views and 404s`);
  const mixedLoad = await measureMixedLoad(siteOrigin, { loadTool, workDir });

  step('Lighthouse (mobile)');
  const reportsDir = path.join(workDir, 'lighthouse');
  await mkdir(reportsDir);
  const lighthouse = await auditPages(siteOrigin, lighthousePages, reportsDir);
  await site.stop();
  // The floor's page under the same audit: what the framework alone scores on this machine now.
  const [lighthouseFloor] = await withFloorServed(floorDir, workDir, (origin) =>
    auditPages(origin, [{ label: 'Floor', path: '/' }], reportsDir),
  );

  step('Server memory: idle, then after random unknown addresses (a server started afresh)');
  await startSite(workDir);
  const memory = await measureMemoryGrowth(siteOrigin, ports.site, mixedLoad.addresses.map(({ path: pagePath }) => pagePath));
  await stopAllServers();

  step('Publish-to-visible, on a live build reading the Content Lake stand-in');
  const publishLatency = await measurePublishLatency(workDir);

  step('Two instances sharing Redis, behind nginx, against one; publish through one, read on the other');
  const instances = instancesMeasurable ? await measureInstances(workDir, { loadTool }) : null;

  // Last: it installs and builds a whole copy, and leaves nothing running.
  let freshClone = null;
  if (!process.argv.includes('--no-fresh-clone')) {
    step('A fresh clone: npm ci, then npm run serve until /en answers');
    try {
      freshClone = await measureFreshClone(workDir);
    } catch (error) {
      // npm's registry or a broken build must not cost the figures of the whole run.
      console.error(error);
      freshClone = { error: error.message.split('\n')[0] };
    }
  }

  return {
    machine: await describeMachine({ loadTool, nginxInstalled, loadAveragesAtStart }),
    floor,
    peer,
    durationSeconds: Math.round((Date.now() - startedAt) / 1000),
    throughput,
    mixedLoad,
    memory,
    freshClone,
    pageWeight: { site: siteWeights, floor: floorWeight },
    lighthouse,
    lighthouseFloor,
    publishLatency,
    instances,
  };
}

/**
 * `npm run bench -- --instances-only`: that part alone, printed, no report written; it reuses
 * the live build a previous run left (delete .next-bench-live to rebuild).
 */
async function benchInstancesOnly(workDir) {
  const { loadTool } = await checkPrerequisites();
  if (!existsSync(path.join(liveEnv.NEXT_DIST_DIR, 'standalone', 'server.js'))) {
    step('Building the live site');
    const lake = await startContentLake(workDir);
    await buildLive();
    await lake.stop();
  }
  step('Two instances sharing Redis, behind nginx, against one; publish through one, read on the other');
  console.log(JSON.stringify(await measureInstances(workDir, { loadTool }), null, 2));
}

// Servers run in process groups of their own: an interrupted bench must stop them itself.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await stopAllServers();
    process.exit(128 + os.constants.signals[signal]);
  });
}

/**
 * Figures measured on a busy machine compare nothing: the full bench refuses to start when the
 * load average is over one core, unless told to (`--busy`; the report states the load anyway).
 */
const maxLoadAtStart = 1.0;
const [loadAtStart = 0] = os.loadavg();
if (!process.argv.includes('--instances-only') && !process.argv.includes('--busy') && loadAtStart > maxLoadAtStart) {
  console.error(
    `The machine is busy (load average ${loadAtStart.toFixed(2)}, more than ${maxLoadAtStart}): ` +
      'wait for it to settle, or run `npm run bench -- --busy` to measure and write the results anyway.',
  );
  process.exit(1);
}

const workDir = await mkdtemp(path.join(os.tmpdir(), 'oas-bench-'));
try {
  if (process.argv.includes('--instances-only')) {
    await benchInstancesOnly(workDir);
  } else {
    const results = await bench(workDir);
    await writeFile('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
    await writeFile('bench/RESULTS.md', renderReport(results));
    console.log('\nBudgets:');
    for (const { budget, worst, holds } of checkBudgets(results)) console.log(`  ${holds ? 'holds ' : 'BROKEN'}  ${budget}: ${worst}`);
    console.log(`\nWrote bench/RESULTS.md and bench/results.json (${Math.round(results.durationSeconds / 60)} min).`);
  }
  await rm(workDir, { recursive: true, force: true });
} catch (error) {
  console.error(error);
  console.error(`Logs, reports and the floor and peer apps are kept in ${workDir}`);
  process.exitCode = 1;
} finally {
  await stopAllServers();
}
