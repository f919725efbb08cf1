// What the numbers were measured on: they mean little without the machine and the versions.
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { chromiumPath } from './config.mjs';
import { capture } from './processes.mjs';

async function installedVersion(name) {
  return JSON.parse(await readFile(`node_modules/${name}/package.json`, 'utf8')).version;
}

/** The version a command reports (the first match of pattern in its output), or null. */
async function reportedVersion(command, args, pattern) {
  return pattern.exec(await capture(command, args))?.[0] ?? null;
}

/** The machine's 1, 5 and 15 minute load averages, rounded: other work on it skews every figure. */
export function loadAverages() {
  return os.loadavg().map((average) => Number(average.toFixed(2)));
}

export async function describeMachine({ loadTool, nginxInstalled, loadAveragesAtStart }) {
  const [next, react, nextIntl, lighthouse, autocannon, chromium, wrk, nginx] = await Promise.all([
    installedVersion('next'),
    installedVersion('react'),
    installedVersion('next-intl'),
    installedVersion('lighthouse'),
    installedVersion('autocannon'),
    reportedVersion(chromiumPath, ['--version'], /Chromium [\d.]+/),
    loadTool === 'wrk' ? reportedVersion('wrk', ['-v'], /wrk \S+/) : null,
    nginxInstalled ? reportedVersion('nginx', ['-v'], /nginx\/\S+/) : null,
  ]);
  return {
    date: new Date().toISOString(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.versions.node,
    next,
    react,
    nextIntl,
    lighthouse,
    chromium,
    loadTool: loadTool === 'wrk' ? wrk : `autocannon ${autocannon}`,
    nginx,
    loadAveragesAtStart,
    loadAveragesAtEnd: loadAverages(),
  };
}
