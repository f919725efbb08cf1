// After each full garbage collection, the server gives back to the system the memory the C
// allocator holds free. Node keeps buffers (every page it renders passes through dozens) in
// glibc's heap, and glibc returns only the top of that heap when they are freed: a burst of
// renders left it holding some 70 MB free but resident, for good (10,000 unknown addresses,
// 5 December 2026: resident memory 125 MB over its idle figure after a full collection, 54 MB
// with this). V8 gives its own heap's free pages back after a collection; this does the same for
// the buffers that collection freed, through malloc_trim (mallocTrim.c), which takes some
// milliseconds after a collection that takes tens.
import { createRequire } from 'node:module';
import { PerformanceObserver, constants } from 'node:perf_hooks';

/** The addon build.mjs compiles when npm installs the project, or why it cannot be loaded. */
function loadAddon() {
  try {
    return { addon: createRequire(import.meta.url)('./build/Release/malloc_trim.node') };
  } catch (error) {
    return { reason: String(error.message).split('\n')[0] };
  }
}

/**
 * Starts returning freed memory after each full collection; says whether it could, and if not,
 * why (the addon was not built: see build.mjs).
 */
export function returnFreedMemoryAfterCollections() {
  const { addon, reason } = loadAddon();
  if (!addon) return { returning: false, reason };
  new PerformanceObserver((list) => {
    if (list.getEntries().some((entry) => entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)) addon.mallocTrim();
  }).observe({ entryTypes: ['gc'] });
  return { returning: true };
}
