// One load run against one URL: requests per second and p50/p99 latency. wrk (Debian's) when it
// is installed; autocannon otherwise, whose figures are a lower bound: on 2 cores its own
// JavaScript competes with the server and it cannot saturate nginx.
import autocannon from 'autocannon';
import { load } from './config.mjs';
import { capture, isInstalled } from './processes.mjs';

/** 'wrk' or 'autocannon', whichever this machine will measure with. */
export async function chooseLoadTool() {
  return (await isInstalled('wrk')) ? 'wrk' : 'autocannon';
}

const millisecondsPerUnit = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

/** wrk prints durations as "812.00us", "5.43ms" or "1.02s". */
function wrkDurationMs(text) {
  const [, value, unit] = /^([\d.]+)(us|ms|s|m)$/.exec(text) ?? [];
  if (!unit) throw new Error(`Unreadable wrk duration: ${text}`);
  return Number(value) * millisecondsPerUnit[unit];
}

/** The figures of wrk --latency's report. */
export function parseWrkReport(report) {
  const field = (pattern) => {
    const match = pattern.exec(report);
    if (!match) throw new Error(`wrk report without ${pattern}:\n${report}`);
    return match[1];
  };
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(report);
  return {
    requestsPerSecond: Number(field(/Requests\/sec:\s+([\d.]+)/)),
    latencyP50Ms: wrkDurationMs(field(/^\s+50%\s+(\S+)$/m)),
    latencyP99Ms: wrkDurationMs(field(/^\s+99%\s+(\S+)$/m)),
    requests: Number(field(/(\d+) requests in/)),
    // A 404 page answers non-2xx on purpose; the caller compares this count with its expectation.
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(report)?.[1] ?? 0),
    errors: socketErrors ? socketErrors.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0,
  };
}

async function runWrk(url, headers) {
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`]);
  const args = ['-t2', `-c${load.connections}`, `-d${load.durationSeconds}s`, '--latency', ...headerArgs, url];
  return parseWrkReport(await capture('wrk', args));
}

/** An autocannon result in the figures a wrk report gives. */
export function autocannonFigures(result) {
  return {
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

async function runAutocannon(url, headers) {
  return autocannonFigures(await autocannon({ url, headers, connections: load.connections, duration: load.durationSeconds }));
}

/** One run of load.durationSeconds at load.connections against url. */
export function measureLoad(tool, url, headers) {
  return tool === 'wrk' ? runWrk(url, headers) : runAutocannon(url, headers);
}
