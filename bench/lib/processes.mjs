// Child processes of the bench: commands run to completion, and servers started in their own
// process group so that stopping one also ends whatever it spawned (npx, workers).
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { readdir, readFile, readlink } from 'node:fs/promises';
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
 * status), or isReady() holds, within readyWithinMs (30 s unless told). The returned stop() ends
 * its whole process group and waits for it.
 */
export async function startServer(
  name,
  command,
  args,
  { cwd, env, readyUrl, isReady = () => answersHttp(readyUrl), logFile, readyWithinMs = 30_000 },
) {
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
  if (!(await becomesReady(isReady, readyWithinMs / 100))) {
    await server.stop();
    throw new Error(`${name} did not answer${readyUrl ? ` at ${readyUrl}` : ''}. Its log:\n${await readFile(logFile, 'utf8')}`);
  }
  return server;
}

/** The socket inodes listening on port (IPv4 or IPv6), from the kernel's tables. */
async function listeningInodes(port) {
  const inodes = new Set();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const lines = (await readFile(table, 'utf8').catch(() => '')).split('\n').slice(1);
    for (const line of lines) {
      const fields = line.trim().split(/\s+/);
      // local_address is HEXADDRESS:HEXPORT; state 0A is LISTEN; the inode is the tenth field.
      if (fields.length > 9 && fields[3] === '0A' && parseInt(fields[1].split(':')[1], 16) === port) inodes.add(fields[9]);
    }
  }
  return inodes;
}

/**
 * The id of the process that listens on port, or null: the server itself, where a launcher
 * (scripts/start.mjs, npm) runs it as a child. Linux only; it finds processes of this user.
 */
export async function listeningProcessId(port) {
  const sockets = [...(await listeningInodes(port))].map((inode) => `socket:[${inode}]`);
  if (sockets.length === 0) return null;
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const descriptors = await readdir(`/proc/${entry}/fd`).catch(() => []);
    for (const descriptor of descriptors) {
      const target = await readlink(`/proc/${entry}/fd/${descriptor}`).catch(() => null);
      if (sockets.includes(target)) return Number(entry);
    }
  }
  return null;
}

/** Stops every server still running: on the way out, after success or failure alike. */
export async function stopAllServers() {
  await Promise.all([...runningServers].map((server) => server.stop()));
}
