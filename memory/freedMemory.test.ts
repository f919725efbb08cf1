import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

interface Burst {
  returning: boolean;
  /** Resident memory after the burst and a full collection, over what it was before, in MB. */
  growthMegabytes: number;
}

/**
 * A burst of buffers in a Node process of its own, as rendering pages makes them: 128 MB of them,
 * one in 64 kept (as a cache keeps a few, scattered through the C allocator's heap), then a full
 * collection. Returns what resident memory kept, with or without returnFreedMemoryAfterCollections.
 */
async function burst({ returnFreedMemory }: { returnFreedMemory: boolean }): Promise<Burst> {
  const freedMemory = pathToFileURL(path.resolve('memory/freedMemory.mjs')).href;
  const script = `
    import { readFileSync } from 'node:fs';
    import { returnFreedMemoryAfterCollections } from ${JSON.stringify(freedMemory)};
    const residentMegabytes = () => Number(/VmRSS:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) / 1024;
    const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    const { returning } = ${returnFreedMemory} ? returnFreedMemoryAfterCollections() : { returning: false };
    gc();
    await pause(200);
    const before = residentMegabytes();
    const kept = [];
    for (let index = 0; index < 8000; index += 1) {
      const buffer = Buffer.alloc(16 * 1024, index);
      if (index % 64 === 0) kept.push(buffer);
    }
    gc();
    await pause(500);
    console.log(JSON.stringify({ returning, growthMegabytes: residentMegabytes() - before, kept: kept.length }));
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--input-type=module', '--eval', script]);
  return JSON.parse(stdout) as Burst;
}

describe('returning freed memory after full collections', () => {
  it('gives back what a burst of buffers left in the C allocator, which it keeps otherwise', async () => {
    const [returned, kept] = await Promise.all([burst({ returnFreedMemory: true }), burst({ returnFreedMemory: false })]);
    // The addon memory/build.mjs compiles at `npm ci` loaded.
    expect(returned.returning).toBe(true);
    // Without it, glibc keeps most of the burst (some 50 MB measured); with it, far less stays.
    expect(kept.growthMegabytes).toBeGreaterThan(30);
    expect(returned.growthMegabytes).toBeLessThan(kept.growthMegabytes / 2);
  });
});
