// Memory (issue 15, goal 4): the site server's resident memory at idle, once every page has been
// requested once, and again after requests to random unknown addresses: what each unknown address
// leaves behind (a cache entry, a compiled route, a log line held) shows as growth. Read from
// /proc/<pid>/status of the process that listens on the port (scripts/start.mjs runs Next's
// request handler in its own process).
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { unknownAddressRequests } from './config.mjs';
import { listeningProcessId } from './processes.mjs';

const concurrency = 10;
/** Lets the server finish what the last requests started (and its collector run) before reading. */
const settleMs = 3000;
/**
 * After the unknown addresses, how long the server is left idle before reading. V8's memory
 * reducer shrinks the heap some seconds after allocation stops: measured, resident memory was
 * 630 MB 3 s after 10,000 unknown addresses and 297 MB from 10 s on, with the same live heap. On
 * another machine it had not run after 15 s (632 MB; 255 MB once a collection was forced), so
 * resident memory is read again after a forced full collection, at both ends: the budget's figure.
 */
const settleAfterLoadMs = 15_000;
/**
 * After a forced collection, how long before resident memory is read: what the collection frees
 * leaves the process just after it, the buffers V8 sweeps on another thread and the C allocator's
 * pages memory/freedMemory.mjs returns (read at once, the figure varied by 30 MB between runs).
 */
const settleAfterCollectionMs = 1000;

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A memory figure of a process from /proc/<pid>/status (VmRSS, VmHWM), in bytes. */
async function statusBytes(pid, field) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kibibytes = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status)?.[1];
  if (!kibibytes) throw new Error(`No ${field} for process ${pid}`);
  return Number(kibibytes) * 1024;
}

/**
 * Forces a full collection in the server and returns its live JavaScript heap, in bytes: what it
 * retains, without the garbage V8 leaves uncollected while memory is plentiful, which resident
 * memory counts too. Read through the inspector that SIGUSR1 opens in a Node process (on
 * 127.0.0.1:9229, Node's default), which stays open for the second reading.
 */
async function collectedHeapBytes(pid) {
  process.kill(pid, 'SIGUSR1');
  let targets;
  for (let attempt = 0; !targets; attempt += 1) {
    try {
      targets = await (await fetch('http://127.0.0.1:9229/json/list')).json();
    } catch (error) {
      if (attempt === 50) throw new Error(`Process ${pid} opened no inspector on 127.0.0.1:9229`, { cause: error });
      await pause(100);
    }
  }
  const socket = new WebSocket(targets[0].webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  const replies = new Map();
  socket.onmessage = ({ data }) => {
    const message = JSON.parse(data);
    replies.get(message.id)?.(message);
  };
  let lastId = 0;
  const call = (method, params = {}) =>
    new Promise((resolve) => {
      lastId += 1;
      replies.set(lastId, resolve);
      socket.send(JSON.stringify({ id: lastId, method, params }));
    });
  try {
    await call('HeapProfiler.collectGarbage');
    const reply = await call('Runtime.evaluate', { expression: 'process.memoryUsage().heapUsed', returnByValue: true });
    return reply.result.result.value;
  } finally {
    socket.close();
  }
}

const segment = () => randomBytes(6).toString('hex');

/** An address no page has: under each language, deeper, and at the top level, in turn. */
function unknownAddress(index) {
  return [`/en/${segment()}`, `/es/${segment()}/${segment()}`, `/${segment()}`][index % 3];
}

/** count requests to unknown addresses, concurrency at a time; resolves with how many of each status. */
async function requestUnknownAddresses(origin, count) {
  const statuses = {};
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next;
      next += 1;
      const response = await fetch(new URL(unknownAddress(index), origin), { redirect: 'manual' });
      await response.arrayBuffer();
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return statuses;
}

/**
 * Requests each of warmPaths once, reads the resident memory of the server on port (as it is, then
 * after a full collection), requests unknownAddressRequests random unknown addresses, and reads it
 * again the same two ways.
 */
export async function measureMemoryGrowth(origin, port, warmPaths) {
  const pid = await listeningProcessId(port);
  if (!pid) throw new Error(`No process of this user listens on port ${port}`);
  for (const pagePath of warmPaths) await (await fetch(new URL(pagePath, origin), { redirect: 'manual' })).arrayBuffer();
  await pause(settleMs);
  const idleBytes = await statusBytes(pid, 'VmRSS');
  const idleHeapBytes = await collectedHeapBytes(pid);
  await pause(settleAfterCollectionMs);
  const idleCollectedBytes = await statusBytes(pid, 'VmRSS');
  const started = performance.now();
  const statuses = await requestUnknownAddresses(origin, unknownAddressRequests);
  const seconds = (performance.now() - started) / 1000;
  await pause(settleAfterLoadMs);
  const afterBytes = await statusBytes(pid, 'VmRSS');
  const peakBytes = await statusBytes(pid, 'VmHWM');
  const afterHeapBytes = await collectedHeapBytes(pid);
  await pause(settleAfterCollectionMs);
  const afterCollectedBytes = await statusBytes(pid, 'VmRSS');
  const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
  console.log(
    `  ${mb(idleBytes)} idle, ${mb(afterBytes)} after ${unknownAddressRequests} unknown addresses (peak ${mb(peakBytes)});` +
      ` after a full collection ${mb(idleCollectedBytes)} → ${mb(afterCollectedBytes)}` +
      ` (live heap ${mb(idleHeapBytes)} → ${mb(afterHeapBytes)})`,
  );
  return {
    pid,
    warmedPages: warmPaths.length,
    unknownAddresses: unknownAddressRequests,
    concurrency,
    seconds: Number(seconds.toFixed(1)),
    statuses,
    idleBytes,
    afterBytes,
    growthBytes: afterBytes - idleBytes,
    peakBytes,
    idleCollectedBytes,
    afterCollectedBytes,
    collectedGrowthBytes: afterCollectedBytes - idleCollectedBytes,
    settleAfterLoadSeconds: settleAfterLoadMs / 1000,
    idleHeapBytes,
    afterHeapBytes,
    heapGrowthBytes: afterHeapBytes - idleHeapBytes,
  };
}
