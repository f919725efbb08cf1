// Several instances: the live build (made by measurePublishLatency) served by two standalone
// instances sharing Redis (Debian's redis-server on loopback), behind nginx as a round-robin load
// balancer. Measures requests per second of one instance against two (wrk or autocannon through
// the balancer, the same load as the throughput runs), and how soon a publish sent to the first
// instance shows on the second (the median of 20 edits).
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { benchPort, host, load } from './config.mjs';
import { measureLoad } from './loadTest.mjs';
import { acceptsConnections, isInstalled, startServer } from './processes.mjs';
import { page, startContentLake, startLiveSite, timePublishes } from './publishLatency.mjs';
import { medianOfEach } from './stats.mjs';

export const instancesPorts = { a: benchPort(6), b: benchPort(7), balancer: benchPort(8), redis: benchPort(9) };

/** Whether this part can run: it needs Debian's redis-server and nginx. */
export async function canMeasureInstances() {
  return (await isInstalled('redis-server')) && (await isInstalled('nginx'));
}

function startRedis(workDir) {
  return startServer(
    'redis',
    'redis-server',
    ['--port', String(instancesPorts.redis), '--bind', host, '--save', '', '--appendonly', 'no', '--dir', workDir],
    { isReady: () => acceptsConnections(instancesPorts.redis, host), logFile: path.join(workDir, 'redis.log') },
  );
}

/** nginx passing every request to one of the upstream ports in turn, over kept-alive connections. */
async function startBalancer(workDir, upstreamPorts) {
  const dir = await mkdtemp(path.join(workDir, 'balancer-'));
  await mkdir(path.join(dir, 'temp'));
  const configFile = path.join(dir, 'nginx.conf');
  await writeFile(
    configFile,
    `worker_processes 1;
daemon off;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/temp/body;
  proxy_temp_path ${dir}/temp/proxy;
  fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi;
  scgi_temp_path ${dir}/temp/scgi;
  upstream site { ${upstreamPorts.map((port) => `server ${host}:${port};`).join(' ')} keepalive 32; }
  server {
    listen ${host}:${instancesPorts.balancer};
    location / {
      proxy_pass http://site;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_buffering off;
    }
  }
}
`,
  );
  return startServer('balancer', 'nginx', ['-p', dir, '-c', configFile, '-e', path.join(dir, 'error.log')], {
    readyUrl: `http://${host}:${instancesPorts.balancer}/`,
    logFile: path.join(dir, 'nginx.log'),
  });
}

/** load.runs runs through a balancer over upstreamPorts, each on the page, gzip accepted. */
async function throughputThrough(workDir, loadTool, upstreamPorts) {
  const balancer = await startBalancer(workDir, upstreamPorts);
  try {
    const url = `http://${host}:${instancesPorts.balancer}${page.path}`;
    const runs = [];
    for (let runIndex = 0; runIndex < load.runs; runIndex += 1) {
      runs.push(await measureLoad(loadTool, url, { 'accept-encoding': 'gzip' }));
      console.log(`  ${upstreamPorts.length} instance(s), run ${runIndex + 1}: ${Math.round(runs.at(-1).requestsPerSecond)} req/s`);
    }
    const figures = runs.map(({ requestsPerSecond, latencyP50Ms, latencyP99Ms }) => ({ requestsPerSecond, latencyP50Ms, latencyP99Ms }));
    return { runs, median: medianOfEach(figures), errors: runs.reduce((sum, { errors, non2xx }) => sum + errors + non2xx, 0) };
  } finally {
    await balancer.stop();
  }
}

export async function measureInstances(workDir, { loadTool }) {
  const lake = await startContentLake(workDir);
  const redis = await startRedis(workDir);
  try {
    const redisUrl = `redis://${host}:${instancesPorts.redis}`;
    const a = await startLiveSite(workDir, 'instance-a', instancesPorts.a, { REDIS_URL: redisUrl });
    const b = await startLiveSite(workDir, 'instance-b', instancesPorts.b, { REDIS_URL: redisUrl });
    try {
      const publish = await timePublishes(`http://${host}:${instancesPorts.a}`, `http://${host}:${instancesPorts.b}`);
      // Both caches warm before the load: the page as a reader finds it.
      for (const port of [instancesPorts.a, instancesPorts.b]) await fetch(`http://${host}:${port}${page.path}`);
      const one = await throughputThrough(workDir, loadTool, [instancesPorts.a]);
      const two = await throughputThrough(workDir, loadTool, [instancesPorts.a, instancesPorts.b]);
      return {
        path: page.path,
        balancer: 'nginx (round-robin, keep-alive upstream connections)',
        loadTool,
        connections: load.connections,
        durationSeconds: load.durationSeconds,
        oneInstance: one,
        twoInstances: two,
        speedup: two.median.requestsPerSecond / one.median.requestsPerSecond,
        publishToSecondInstance: publish,
      };
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  } finally {
    await Promise.all([redis.stop(), lake.stop()]);
  }
}
