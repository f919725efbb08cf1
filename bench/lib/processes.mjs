// Child processes of the bench: commands run to completion, and servers started in their own
// process group so that stopping one also ends whatever it spawned (npx, workers).
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import net from 'node:net';

const runningServers = new Set();

/** Runs a command with its output shown, and rejects unless it exits 0. */
export function run(command, args, { cwd, env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}`)),
    );
  });
}

/** Runs a command and resolves with its standard output and error, whatever its exit code. */
export function capture(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', () => resolve(''));
    // 'close', not 'exit': the output may still be in flight when the process exits.
    child.on('close', () => resolve(output));
  });
}

/** Whether an executable is on the PATH. */
export async function isInstalled(command) {
  return (await capture('sh', ['-c', `command -v ${command}`])).trim() !== '';
}

/** Fails when something else already listens on the port: the bench would measure it instead. */
export function assertPortFree(port, host) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', () => reject(new Error(`Port ${port} on ${host} is in use: stop what listens there first`)));
    probe.listen(port, host, () => probe.close(resolve));
  });
}

/** Whether something answers HTTP at url (any status). */
async function answersHttp(url) {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

/** Whether something accepts TCP connections on port (for servers that speak no HTTP). */
export function acceptsConnections(port, host) {
  return new Promise((resolve) => {
    const socket = net.connect(port, host, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function becomesReady(isReady, attempts) {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (await isReady()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/**
 * Starts a long-running server, its output in logFile, and resolves once readyUrl answers (any
 * status), or isReady() holds, within 30 s. The returned stop() ends its whole process group and
 * waits for it.
 */
export async function startServer(name, command, args, { cwd, env, readyUrl, isReady = () => answersHttp(readyUrl), logFile }) {
  const log = openSync(logFile, 'a');
  const child = spawn(command, args, {
    cwd,
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, ...env },
  });
  closeSync(log);
  // 'error' too: a command that cannot start never exits.
  const exited = new Promise((resolve) => {
    child.once('exit', resolve);
    child.once('error', resolve);
  });
  const server = {
    name,
    async stop() {
      if (!runningServers.delete(server)) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // the group has already exited
      }
      await exited;
    },
  };
  runningServers.add(server);
  if (!(await becomesReady(isReady, 300))) {
    await server.stop();
    throw new Error(`${name} did not answer${readyUrl ? ` at ${readyUrl}` : ''}. Its log:\n${await readFile(logFile, 'utf8')}`);
  }
  return server;
}

/** Stops every server still running: on the way out, after success or failure alike. */
export async function stopAllServers() {
  await Promise.all([...runningServers].map((server) => server.stop()));
}
