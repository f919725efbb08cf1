// Once the server is idle after a full garbage collection, it gives back to the system the memory
// the C allocator holds free. Node keeps buffers (every page it renders passes through dozens) in
// glibc's heap, and glibc returns only the top of that heap when they are freed: a burst of
// renders left it holding some 70 MB free but resident, for good (10,000 unknown addresses,
// 5 December 2026: resident memory 125 MB over its idle figure after a full collection, 54 MB
// with this). V8 gives its own heap's free pages back after a collection; this does the same for
// the buffers that collection freed, through malloc_trim (mallocTrim.c). Only while no request is
// being served: a trim takes milliseconds, and under load the pages it hands back would be
// faulted in again at once (trimming after every collection cost the mixed load 7–15 % of its
// requests per second).
import { createRequire } from 'node:module';
import { PerformanceObserver, constants } from 'node:perf_hooks';

/**
 * How long the server must have served nothing, and the last full collection have ended, before a
 * trim: V8 frees the buffers a collection found dead on a background thread after it, and a trim
 * before then finds nothing to give back (as it did in CI on a busy machine).
 */
const idleBeforeTrimMs = 200;

/** The addon build.mjs compiles when npm installs the project, or why it cannot be loaded. */
function loadAddon() {
  try {
    return { addon: createRequire(import.meta.url)('./build/Release/malloc_trim.node') };
  } catch (error) {
    return { reason: String(error.message).split('\n')[0] };
  }
}

/**
 * Starts returning freed memory after full collections, once `server` (a node:http server) has
 * been idle, and the collection over, for idleBeforeTrimMs; says whether it could, and if not, why
 * (the addon was not built: see build.mjs).
 */
export function returnFreedMemoryWhenIdle(server) {
  const { addon, reason } = loadAddon();
  if (!addon) return { returning: false, reason };
  let requestsInFlight = 0;
  /** When the last request ended or the last full collection was reported, whichever came later. */
  let lastActivity = 0;
  /** Whether a full collection has freed memory since the last trim. */
  let collected = false;
  let timer;

  function trimOnceIdle() {
    if (!collected || requestsInFlight > 0 || timer) return;
    const wait = lastActivity + idleBeforeTrimMs - performance.now();
    if (wait > 0) {
      // Checked again when it fires: requests may have come and gone meanwhile.
      timer = setTimeout(() => {
        timer = undefined;
        trimOnceIdle();
      }, wait);
      timer.unref();
      return;
    }
    collected = false;
    addon.mallocTrim();
  }

  server.on('request', (request, response) => {
    requestsInFlight += 1;
    response.once('close', () => {
      requestsInFlight -= 1;
      lastActivity = performance.now();
      trimOnceIdle();
    });
  });
  new PerformanceObserver((list) => {
    if (!list.getEntries().some((entry) => entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)) return;
    collected = true;
    lastActivity = performance.now();
    trimOnceIdle();
  }).observe({ entryTypes: ['gc'] });
  return { returning: true };
}
