// The ceiling: nginx serving saved copies of the measured pages from a temporary folder, on two
// loopback ports, one without compression and one with gzip, each page with the status the site
// gives it. What the site reaches of this is what rendering and Node cost over a static file.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { host, ports } from './config.mjs';
import { isInstalled, startServer } from './processes.mjs';

export function isNginxInstalled() {
  return isInstalled('nginx');
}

function fileNameOf(pagePath) {
  return `${pagePath.replace(/^\//, '').replace(/[/?=&]/g, '_')}.html`;
}

/**
 * The saved file of each address, by the request line's path and query: nginx's locations match
 * the path alone, and the library is measured with and without a filter.
 */
function savedFileMap(pages) {
  const entries = pages
    .filter(({ status }) => status === 200)
    .map(({ path: pagePath }) => `    "${pagePath}" /${fileNameOf(pagePath)};`);
  // Any other address maps to a file that does not exist, so it is a 404, as on the site.
  return `  map $request_uri $saved_file {\n    default /-;\n${entries.join('\n')}\n  }`;
}

function serverBlock(port, gzip, pages, htmlDir) {
  const lines = [
    `listen ${host}:${port};`,
    // Level 6 is zlib's default, which Next's server compression uses too: the same work per page.
    `gzip ${gzip ? 'on' : 'off'};`,
    'gzip_comp_level 6;',
    'gzip_vary on;',
    `root ${htmlDir};`,
    // Every other address is a 404 and gets the site's not-found page, as on the site.
    'location / { try_files $saved_file =404; }',
  ];
  const notFound = pages.find(({ status }) => status === 404);
  if (notFound) {
    const file = fileNameOf(notFound.path);
    lines.push(`error_page 404 /${file};`, `location = /${file} { internal; }`);
  }
  return `  server {\n${lines.map((line) => `    ${line}`).join('\n')}\n  }`;
}

/** A configuration that runs in the foreground with every file it writes inside workDir. */
function configuration(workDir, pages, htmlDir) {
  const temp = path.join(workDir, 'temp');
  // Workers run as the bench's own user: the temporary folder is readable by its owner only.
  return `user ${os.userInfo().username};
worker_processes auto;
daemon off;
pid ${path.join(workDir, 'nginx.pid')};
error_log ${path.join(workDir, 'error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  charset utf-8;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
${savedFileMap(pages)}
${serverBlock(ports.nginxPlain, false, pages, htmlDir)}
${serverBlock(ports.nginxGzip, true, pages, htmlDir)}
}
`;
}

/** Proves that both ports answer each page with its status and its saved HTML before any load. */
async function assertServesSavedPages(pages) {
  for (const port of [ports.nginxPlain, ports.nginxGzip]) {
    for (const { path: pagePath, status, html } of pages) {
      const response = await fetch(`http://${host}:${port}${pagePath}`);
      if (response.status !== status || (await response.text()) !== html) {
        throw new Error(`nginx on port ${port} does not serve the saved ${pagePath} (status ${response.status})`);
      }
    }
  }
}

/**
 * Saves each page's HTML ({ path, status, html }) under workDir and starts nginx on it. Resolves
 * with the server (stop() ends it) once it answers.
 */
export async function startNginx(workDir, pages) {
  const htmlDir = path.join(workDir, 'html');
  await mkdir(path.join(workDir, 'temp'), { recursive: true });
  await mkdir(htmlDir, { recursive: true });
  await Promise.all(pages.map(({ path: pagePath, html }) => writeFile(path.join(htmlDir, fileNameOf(pagePath)), html)));
  const configFile = path.join(workDir, 'nginx.conf');
  await writeFile(configFile, configuration(workDir, pages, htmlDir));
  const server = await startServer('nginx', 'nginx', ['-p', workDir, '-c', configFile, '-e', path.join(workDir, 'error.log')], {
    readyUrl: `http://${host}:${ports.nginxPlain}/`,
    logFile: path.join(workDir, 'nginx.log'),
  });
  await assertServesSavedPages(pages);
  return server;
}
