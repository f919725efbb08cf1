// Page weight as a browser receives it: the bytes of the HTML and of the stylesheets and scripts
// it loads, each requested the way Chromium asks (it accepts gzip, br and zstd) and counted as
// sent, before decompression. Only the body is counted, not headers.
import http from 'node:http';

const browserAcceptEncoding = 'gzip, deflate, br, zstd';

/** The body of url as transferred: its length in bytes, its encoding and its status. */
function transferred(url) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { 'accept-encoding': browserAcceptEncoding } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => (bytes += chunk.length));
      response.on('end', () =>
        resolve({ status: response.statusCode, bytes, encoding: response.headers['content-encoding'] ?? 'none' }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

function attributesOf(tag) {
  const attributes = {};
  for (const [, name, value] of tag.matchAll(/\s([\w-]+)(?:="([^"]*)")?/g)) {
    attributes[name.toLowerCase()] = (value ?? '').replaceAll('&amp;', '&');
  }
  return attributes;
}

/**
 * The stylesheets and scripts the HTML makes a modern browser load. noModule scripts (Next's
 * legacy polyfills) are left out: browsers that run modules skip them. Preload hints name files
 * that a script tag loads too, so they are not counted separately.
 */
export function subresourcesOf(html) {
  const stylesheets = new Set();
  const scripts = new Set();
  for (const [tag, name] of html.matchAll(/<(link|script)\b[^>]*>/gi)) {
    const attributes = attributesOf(tag);
    const element = name.toLowerCase();
    if (element === 'link' && attributes.rel === 'stylesheet' && attributes.href) {
      stylesheets.add(attributes.href);
    } else if (element === 'script' && attributes.src && !('nomodule' in attributes)) {
      scripts.add(attributes.src);
    }
  }
  return { stylesheets: [...stylesheets], scripts: [...scripts] };
}

async function totalOf(origin, paths) {
  const responses = await Promise.all(paths.map((resource) => transferred(new URL(resource, origin))));
  const failed = responses.find(({ status }) => status !== 200);
  if (failed) throw new Error(`A subresource answered ${failed.status}`);
  return {
    bytes: responses.reduce((sum, { bytes }) => sum + bytes, 0),
    files: paths.length,
    encodings: [...new Set(responses.map(({ encoding }) => encoding))],
  };
}

/** HTML, CSS and JavaScript bytes of one page, as transferred compressed. */
export async function measurePageWeight(origin, { label, path, status }) {
  const url = new URL(path, origin);
  const htmlTransfer = await transferred(url);
  if (htmlTransfer.status !== status) throw new Error(`${url} answered ${htmlTransfer.status}, expected ${status}`);
  const html = await (await fetch(url)).text();
  const { stylesheets, scripts } = subresourcesOf(html);
  const [css, js] = await Promise.all([totalOf(origin, stylesheets), totalOf(origin, scripts)]);
  return {
    label,
    path,
    status,
    html: { bytes: htmlTransfer.bytes, files: 1, encodings: [htmlTransfer.encoding] },
    css,
    js,
    totalBytes: htmlTransfer.bytes + css.bytes + js.bytes,
    // Next's error shell carries the page only in its RSC payload, for JavaScript to render: its
    // HTML and CSS figures are not those of the page a reader sees.
    isErrorShell: html.includes('id="__next_error__"'),
  };
}
