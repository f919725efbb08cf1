// Serves a production build: Next's request handler from the standalone folder (next.config sets
// output 'standalone'), under a server of its own that compresses responses (cache/compression.mjs:
// a cached page is compressed once, not on every request, which Next's built-in compression does,
// and the static files go out as the build compressed them; next.config turns Next's off) and
// serves the page it sent to the next readers of the same address for half a second
// (cache/renderedViews.mjs), and once idle after a full garbage collection gives the memory the C
// allocator holds free back to the system (memory/freedMemory.mjs). It first copies the build's
// static files (and public/, if any) into the standalone folder, which Next leaves to the deployment.
//   NEXT_DIST_DIR      the build folder (default .next, as next.config)
//   HOSTNAME, PORT     where to listen (default 0.0.0.0 and 3000, as Next's standalone server.js)
//   KEEP_ALIVE_TIMEOUT milliseconds an idle keep-alive connection stays open (as server.js)
// Every other variable (REDIS_URL, SANITY_*, …) reaches the site.
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { compressingResponses } from '../cache/compression.mjs';
import { precompressedStaticFiles } from '../cache/precompressed.mjs';
import { keepingRenderedViews } from '../cache/renderedViews.mjs';
import { returnFreedMemoryWhenIdle } from '../memory/freedMemory.mjs';

const distDir = process.env.NEXT_DIST_DIR || '.next';
const standalone = path.resolve(distDir, 'standalone');
const serverFiles = path.join(standalone, distDir, 'required-server-files.json');

if (!existsSync(serverFiles)) {
  console.error(`No standalone build in ${standalone}: build first (npm run build, with the same NEXT_DIST_DIR).`);
  process.exit(1);
}

/**
 * Copies a folder in once per build (a build replaces the standalone folder). Instances that start
 * together may race: each copies aside and renames, and the loser's copy is dropped.
 */
function copyInto(from, to) {
  if (!existsSync(from) || existsSync(to)) return;
  const aside = mkdtempSync(`${to}.copying-`);
  cpSync(from, aside, { recursive: true });
  try {
    renameSync(aside, to);
  } catch (error) {
    rmSync(aside, { recursive: true, force: true });
    if (!existsSync(to)) throw error;
  }
}

copyInto(path.join(distDir, 'static'), path.join(standalone, distDir, 'static'));
copyInto('public', path.join(standalone, 'public'));

// What the standalone server.js does before it starts Next: the build's own configuration (no
// next.config is read at run time), production mode, and the standalone folder as the app's root.
const hostname = process.env.HOSTNAME || '0.0.0.0';
const port = Number.parseInt(process.env.PORT ?? '', 10) || 3000;
const keepAliveTimeout = Number.parseInt(process.env.KEEP_ALIVE_TIMEOUT ?? '', 10);
process.env.NODE_ENV = 'production';
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(JSON.parse(readFileSync(serverFiles, 'utf8')).config);
process.chdir(standalone);

// Next's documented custom-server entry (`next()`), from the standalone folder's traced copy.
const next = createRequire(path.join(standalone, 'server.js'))('next');
// Next names a loopback host `localhost` in the URL it gives proxy.ts, but builds the request's own
// origin on the hostname it is given. Bound to 127.0.0.1, the two differed, so the proxy's rewrite
// of a legacy address looked external: Next sent it to itself over HTTP, and behind a TLS proxy
// over HTTPS, which failed (a 500; vercel/next.js#94745). Named as Next names it, it stays internal.
const loopbackHostname = /^(?:127(?:\.\d{1,3}){3}|::1|\[::1\]|localhost)$/;
const app = next({ dev: false, dir: standalone, hostname: loopbackHostname.test(hostname) ? 'localhost' : hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
const compressResponse = compressingResponses({
  precompressedBody: precompressedStaticFiles(path.join(standalone, distDir, 'static')),
});
const answerFromRenderedViews = keepingRenderedViews();

const server = http.createServer(async (request, response) => {
  // Compression first: a kept view passes through it like a page Next sends whole.
  compressResponse(request, response);
  if (await answerFromRenderedViews(request, response)) return;
  try {
    await handle(request, response);
  } catch (error) {
    // As Next's own server: a plain 500, the cause in the log only.
    console.error(`Failed to handle request for ${request.url}`, error);
    if (!response.headersSent) response.statusCode = 500;
    response.end('Internal Server Error');
  }
});
if (keepAliveTimeout >= 0) server.keepAliveTimeout = keepAliveTimeout;
const freedMemory = returnFreedMemoryWhenIdle(server);
if (!freedMemory.returning) {
  console.warn(`Memory freed by garbage collection stays with the C allocator: no malloc_trim addon (${freedMemory.reason})`);
}
server.on('error', (error) => {
  console.error('Failed to start server', error);
  process.exit(1);
});
server.listen(port, hostname, () => console.log(`Ready on http://${hostname}:${port}`));
