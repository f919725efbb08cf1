import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

interface Burst {
  returning: boolean;
  /** Resident memory over what it was before the burst, in MB: after the collection, and later. */
  afterCollection: number;
  afterRequestEnded: number;
}

/**
 * A burst of buffers in a Node process of its own, as rendering pages makes them: 128 MB of them,
 * one in 64 kept (as a cache keeps a few, scattered through the C allocator's heap), then a full
 * collection, with a request in flight when `busy`, which then ends. Resident memory is read
 * after the collection and after the request ended.
 */
async function burst({ returnFreedMemory, busy = false }: { returnFreedMemory: boolean; busy?: boolean }): Promise<Burst> {
  const freedMemory = pathToFileURL(path.resolve('memory/freedMemory.mjs')).href;
  const script = `
    import { EventEmitter } from 'node:events';
    import { readFileSync } from 'node:fs';
    import http from 'node:http';
    import { returnFreedMemoryWhenIdle } from ${JSON.stringify(freedMemory)};
    const residentMegabytes = () => Number(/VmRSS:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) / 1024;
    const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    const server = http.createServer();
    const { returning } = ${returnFreedMemory} ? returnFreedMemoryWhenIdle(server) : { returning: false };
    const response = new EventEmitter();
    if (${busy}) server.emit('request', new EventEmitter(), response);
    gc();
    await pause(300);
    const before = residentMegabytes();
    const kept = [];
    for (let index = 0; index < 8000; index += 1) {
      const buffer = Buffer.alloc(16 * 1024, index);
      if (index % 64 === 0) kept.push(buffer);
    }
    gc();
    await pause(500);
    const afterCollection = residentMegabytes() - before;
    response.emit('close');
    await pause(500);
    const afterRequestEnded = residentMegabytes() - before;
    console.log(JSON.stringify({ returning, afterCollection, afterRequestEnded, kept: kept.length }));
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--input-type=module', '--eval', script]);
  return JSON.parse(stdout) as Burst;
}

// Each test starts Node, which on a busy machine takes seconds: the file took 4.8 s in CI, against
// vitest's 5 s for each test.
const startingNodeTimeoutMs = 60_000;

describe('returning freed memory once idle after full collections', () => {
  it('gives back what a burst of buffers left in the C allocator, which it keeps otherwise', async () => {
    const [returned, kept] = await Promise.all([burst({ returnFreedMemory: true }), burst({ returnFreedMemory: false })]);
    // The addon memory/build.mjs compiles at `npm ci` loaded.
    expect(returned.returning).toBe(true);
    // Without it, glibc keeps most of the burst (some 50 MB measured); with it, far less stays.
    expect(kept.afterCollection).toBeGreaterThan(30);
    expect(returned.afterCollection).toBeLessThan(kept.afterCollection / 2);
  }, startingNodeTimeoutMs);

  it('waits until no request is being served', async () => {
    const busy = await burst({ returnFreedMemory: true, busy: true });
    expect(busy.returning).toBe(true);
    expect(busy.afterCollection).toBeGreaterThan(30);
    expect(busy.afterRequestEnded).toBeLessThan(busy.afterCollection / 2);
  }, startingNodeTimeoutMs);
});
