// Requests per second and latency of each page, on the site and on the nginx ceiling, without
// and with compression, and for the pages that have one, on the peer's like page. Site, ceiling
// and peer runs alternate so that a slow spell of the machine touches all three, and each figure
// is the median of the runs.
import { baselineShare, host, load, ports, throughputPages } from './config.mjs';
import { measureLoad } from './loadTest.mjs';
import { medianOfEach } from './stats.mjs';

// The site compresses whenever the client accepts it (Next's server's default); nginx's plain port
// never does and its gzip port does, so each pair of servers does the same work.
const compressionModes = [
  { compression: 'none', headers: {}, ceilingPort: ports.nginxPlain },
  { compression: 'gzip', headers: { 'accept-encoding': 'gzip' }, ceilingPort: ports.nginxGzip },
];

/** Responses of a run with another status than the page's: they must be none. */
function unexpectedResponses(runFigures, expectedStatus) {
  const { requests, non2xx, errors } = runFigures;
  return errors + (expectedStatus === 200 ? non2xx : requests - non2xx);
}

function summarize(runs, expectedStatus) {
  const figures = runs.map(({ requestsPerSecond, latencyP50Ms, latencyP99Ms }) => ({
    requestsPerSecond,
    latencyP50Ms,
    latencyP99Ms,
  }));
  return {
    runs,
    median: medianOfEach(figures),
    unexpectedResponses: runs.reduce((sum, runFigures) => sum + unexpectedResponses(runFigures, expectedStatus), 0),
  };
}

/**
 * Every page in both compression modes; the ceiling only when withCeiling (nginx installed), the
 * peer (on ports.peer) for the pages that name a peerPath when withPeer.
 */
export async function measureThroughput({ loadTool, withCeiling, withPeer }) {
  const rows = [];
  for (const page of throughputPages) {
    const peerPath = withPeer ? page.peerPath : undefined;
    for (const { compression, headers, ceilingPort } of compressionModes) {
      const siteRuns = [];
      const ceilingRuns = [];
      const peerRuns = [];
      for (let runIndex = 0; runIndex < load.runs; runIndex += 1) {
        siteRuns.push(await measureLoad(loadTool, `http://${host}:${ports.site}${page.path}`, headers));
        if (withCeiling) ceilingRuns.push(await measureLoad(loadTool, `http://${host}:${ceilingPort}${page.path}`, headers));
        if (peerPath) peerRuns.push(await measureLoad(loadTool, `http://${host}:${ports.peer}${peerPath}`, headers));
        const ceilingNote = withCeiling ? `, nginx ${Math.round(ceilingRuns.at(-1).requestsPerSecond)}` : '';
        const peerNote = peerPath ? `, peer ${Math.round(peerRuns.at(-1).requestsPerSecond)}` : '';
        console.log(
          `  ${page.path} ${compression} run ${runIndex + 1}: site ${Math.round(siteRuns.at(-1).requestsPerSecond)} req/s${ceilingNote}${peerNote}`,
        );
      }
      const site = summarize(siteRuns, page.status);
      const ceiling = withCeiling ? summarize(ceilingRuns, page.status) : null;
      const peer = peerPath ? summarize(peerRuns, page.status) : null;
      const siteShareOfCeiling = ceiling ? site.median.requestsPerSecond / ceiling.median.requestsPerSecond : null;
      rows.push({
        label: page.label,
        path: page.path,
        status: page.status,
        compression,
        dynamic: Boolean(page.dynamic),
        site,
        ceiling,
        siteShareOfCeiling,
        // Issue 15, goal 2: the share of nginx against the 2026-12-01 run's (see config.mjs).
        ...(page.dynamic && {
          baselineShareOfCeiling: baselineShare(page.path, compression),
          shareOverBaseline: siteShareOfCeiling === null ? null : siteShareOfCeiling / baselineShare(page.path, compression),
        }),
        ...(peer && { peerPath, peer, siteOverPeer: site.median.requestsPerSecond / peer.median.requestsPerSecond }),
      });
    }
  }
  return rows;
}
