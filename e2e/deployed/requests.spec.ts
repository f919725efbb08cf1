import { readFileSync, statSync } from 'node:fs';
import { expect, test, type Response } from '@playwright/test';
import { minimumCompressedBytes } from '../../cache/compression.mjs';
import { deployedServerLog } from '../builds.mjs';
import { fieldValues, proxiedToLoopbackServer, staysOnPublicOrigin, throughReverseProxy, toServer, type RawResponse } from './http';

/** Every redirect the site answers, as a reader's client meets it through nginx. */
const redirects = [
  ['the language toggle', '/api/language?to=%2Fes%2Fcarceles', {}, 303, '/es/carceles'],
  ['leaving draft mode', '/api/draft-mode/disable?to=/en/prisons', {}, 303, '/en/prisons'],
  ['the language negotiation', '/', { 'Accept-Language': 'es-MX,es;q=0.9' }, 307, '/es'],
  ['a trailing slash', '/en/prisons/', {}, 308, '/en/prisons'],
  ['a redirect document', '/en/structure', {}, 308, '/en/about-the-department/structure'],
  ['a template’s route name', '/es/documents', {}, 308, '/es/documentos'],
  [
    'an English legacy address, from a Spanish browser',
    '/dsp/english/cpo_carceles.asp',
    { 'Accept-Language': 'es' },
    308,
    '/en/prisons',
  ],
  [
    'a Spanish legacy address, from an English browser',
    '/dsp/espanol/cpo_carceles.asp',
    { 'Accept-Language': 'en' },
    308,
    '/es/carceles',
  ],
] as const;

function expectOneRedirectOnPublicSite(response: RawResponse, status: number, target: string) {
  expect(response.status).toBe(status);
  const locations = fieldValues(response, 'location');
  expect(locations).toHaveLength(1);
  expect(staysOnPublicOrigin(locations[0] ?? '')).toBe(true);
  expect(new URL(locations[0] ?? '', 'https://public.invalid').pathname).toBe(target);
}

for (const [name, path, headers, status, target] of redirects) {
  test(`${name} redirects once, to a path on the public site`, async () => {
    expectOneRedirectOnPublicSite(await throughReverseProxy(path, headers), status, target);
  });

  // Bound to 127.0.0.1, Next 16.4 took the proxy's rewrite of a legacy address for an external one
  // and sent it to itself, over HTTPS as X-Forwarded-Proto said: a 500 (see scripts/start.mjs).
  test(`${name} redirects the same from a server bound to loopback behind the proxy`, async () => {
    expectOneRedirectOnPublicSite(await proxiedToLoopbackServer(path, headers), status, target);
  });
}

test('the remembered language is a Secure, HttpOnly, SameSite=Lax cookie over HTTPS', async () => {
  const response = await throughReverseProxy('/api/language?to=%2Fes%2Fcarceles');
  const [cookie = ''] = fieldValues(response, 'set-cookie');
  expect(cookie).toMatch(/^NEXT_LOCALE=es;/);
  expect(cookie).toMatch(/;\s*Secure(;|$)/i);
  expect(cookie).toMatch(/;\s*HttpOnly(;|$)/i);
  expect(cookie).toMatch(/;\s*SameSite=Lax(;|$)/i);
});

test('pages reach a browser gzipped and their scripts and styles in Brotli, and a client without gzip whole', async ({ page }) => {
  const staticFiles: Response[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.match(/^\/_next\/static\/.+\.(?:js|css)$/)) staticFiles.push(response);
  });
  // A cached page (compressed once, then sent as is) and a filtered library (compressed as it streams).
  for (const path of ['/es/carceles', '/en/documents?kind=report']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const headers = (await response?.allHeaders()) ?? {};
    expect(headers['content-encoding'], path).toBe('gzip');
    expect(headers.vary, path).toMatch(/\baccept-encoding\b/i);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  // As the build compressed them, not per request; a file under the threshold goes as it is.
  const codings = await Promise.all(
    staticFiles.map(async (file) => {
      const headers = await file.allHeaders();
      if (!headers['content-encoding']) expect(Number(headers['content-length']), file.url()).toBeLessThan(minimumCompressedBytes);
      return headers['content-encoding'] ?? 'none';
    }),
  );
  expect(codings.filter((coding) => coding === 'br').length).toBeGreaterThan(5);
  expect(codings.filter((coding) => coding !== 'none' && coding !== 'br')).toEqual([]);
  const plain = await throughReverseProxy('/es/carceles');
  expect(plain.status).toBe(200);
  expect(fieldValues(plain, 'content-encoding')).toEqual([]);
  expect(plain.body).toMatch(/^<!DOCTYPE html><html lang="es"/);
});

/** Addresses no reader should type, and what a scanner sends: none may reach a 5xx. */
const badInput = [
  '/en/%E0%A4%A',
  '/es/%E0%A4%A',
  '/%E0%A4%A',
  '/en/%FF',
  '/es/noticias/%FF',
  '/%C0%AE%C0%AE/',
  '/%C0%AE%C0%AE',
  '/en/a%00b',
  '/%00',
  `/en/${'a'.repeat(10_000)}`,
  `/${'b'.repeat(10_000)}`,
  '/en/documents?page=%00',
  '/es/documentos?page=%FF&kind=%E0%A4%A&year=99999999999999999999',
  '/es/noticias?page=%00',
  '/en/news?page=-1',
  '/en/search?q=%00',
  '/es/buscar?q=%FF',
  '/en/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '/api/language?to=%FF',
  '/api/%FF',
  '/studio/%E0%A4%A',
];

/** A stack frame (`at render (/app/.next/server/chunks/x.js:1:2)`), a server path, or Node's 500 text. */
const stackTrace = /\bat [\w.<>$ ]+\(?[^()\s]*:\d+:\d+\)?|\/node_modules\/|\/\.next\/server\/|Internal Server Error/;

function expectNoServerError(response: RawResponse, path: string) {
  expect(response.status, path).toBeLessThan(500);
  expect(response.body, path).not.toMatch(stackTrace);
}

test('malformed addresses and hostile query strings get a 4xx or a page, never a 5xx or a stack trace', async () => {
  const logStart = statSync(deployedServerLog).size;
  for (const path of badInput) {
    expectNoServerError(await toServer(path), `${path.slice(0, 80)} (server)`);
    expectNoServerError(await throughReverseProxy(path), `${path.slice(0, 80)} (through nginx)`);
  }
  // What the server logged meanwhile: nothing at error level (Next marks those lines with ⨯).
  const logged = readFileSync(deployedServerLog, 'utf8').slice(logStart);
  expect(logged.split('\n').filter((line) => /⨯|\berror\b/i.test(line))).toEqual([]);
});

test('a malformed address gets a short page in its language, or in every language', async () => {
  // nginx itself refuses a truncated escape (/es/%E0%A4%A) with its own 400; invalid UTF-8 reaches the site.
  const spanish = await throughReverseProxy('/es/%FF');
  expect(spanish.status).toBe(400);
  expect(spanish.body).toMatch(/<html lang="es">/);
  expect(spanish.body).toContain('Esta dirección no es válida');

  const unknown = await throughReverseProxy('/%FF');
  expect(unknown.status).toBe(400);
  expect(unknown.body).toContain('This address is not valid');
  expect(unknown.body).toMatch(/<section lang="es">/);
});
