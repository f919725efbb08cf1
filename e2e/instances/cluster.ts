import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'redis';
import { answers, liveBuild, serveCommand } from '../builds.mjs';
import { e2eSecrets, e2eSiteUrl } from '../utils';

/**
 * What the instances specs start themselves, on loopback: Debian's redis-server, and standalone
 * servers of the live build (e2e/servers.mjs builds it), reading the same Content Lake stand-in.
 * REDIS_URL is read when an instance starts, so one build serves with and without the shared cache.
 */
export const instancePorts = (() => {
  const first = Number(process.env.E2E_INSTANCE_PORT ?? '3213');
  return { a: first, b: first + 1 };
})();
export const redisPort = Number(process.env.E2E_REDIS_PORT ?? '3215');
const contentLakePort = process.env.E2E_CONTENT_LAKE_PORT ?? '3212';

function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function redisServerPath(): string {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
  if (found) return found;
  throw new Error('The instances tests need Redis: apt-get install redis-server (Debian), or put redis-server on PATH.');
}

/**
 * A Redis server on loopback. Its data survives a stop (`SHUTDOWN SAVE`) and start, as a real
 * one's does: entries cached before an outage are still there after it.
 */
export class Redis {
  readonly url = `redis://127.0.0.1:${redisPort}`;
  private readonly dir = mkdtempSync(path.join(os.tmpdir(), 'oas-e2e-redis-'));
  private process: ChildProcess | undefined;

  async start() {
    this.process = spawn(
      redisServerPath(),
      ['--port', String(redisPort), '--bind', '127.0.0.1', '--dir', this.dir, '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    for (let attempt = 0; attempt < 100; attempt += 1) {
      try {
        await this.command((client) => client.ping());
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new Error(`redis-server did not answer on port ${redisPort}`);
  }

  /** Stops it as an outage would, keeping its data on disk for the next start. */
  async stop() {
    const server = this.process;
    if (!server) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    // The server closes the connection instead of answering.
    await this.command((client) => client.sendCommand(['SHUTDOWN', 'SAVE'])).catch(() => undefined);
    await exited;
    this.process = undefined;
  }

  async remove() {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** The keys the site has stored, by pattern (e.g. a page's path). */
  keys(pattern: string): Promise<string[]> {
    return this.command((client) => client.keys(`oas-dsp:*${pattern}`));
  }

  private async command<T>(run: (client: ReturnType<typeof createClient>) => Promise<T>): Promise<T> {
    const client = createClient({ url: this.url, socket: { reconnectStrategy: false, connectTimeout: 500 } });
    client.on('error', () => undefined);
    await client.connect();
    try {
      return await run(client);
    } finally {
      client.destroy();
    }
  }
}

/** One standalone server of the live build; its output is kept for assertions on its logs. */
export class Instance {
  readonly origin: string;
  private process: ChildProcess | undefined;
  private output = '';

  constructor(
    readonly name: string,
    private readonly port: number,
  ) {
    this.origin = `http://127.0.0.1:${port}`;
  }

  /** `clockAheadMs`: the instance's wall clock runs that far ahead of its monotonic clock. */
  async start({ redisUrl, clockAheadMs }: { redisUrl?: string; clockAheadMs?: number }) {
    if (!existsSync('.next-e2e-live/standalone/server.js')) throw new Error('No live build: e2e/servers.mjs makes it.');
    const { command, args, env } = serveCommand(this.port);
    this.output = '';
    this.process = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ...liveBuild(contentLakePort),
        ...e2eSecrets,
        SITE_URL: e2eSiteUrl,
        ...env,
        ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
        ...(clockAheadMs
          ? { NODE_OPTIONS: `--require ${path.resolve('e2e/instances/clockAhead.cjs')}`, CLOCK_AHEAD_MS: String(clockAheadMs) }
          : {}),
      },
    });
    for (const stream of [this.process.stdout, this.process.stderr]) {
      stream?.on('data', (chunk: Buffer) => {
        this.output += chunk.toString();
      });
    }
    await answers(`${this.origin}/api/health`);
  }

  async stop() {
    if (this.process) await stopped(this.process);
    this.process = undefined;
  }

  get logs(): string {
    return this.output;
  }
}
