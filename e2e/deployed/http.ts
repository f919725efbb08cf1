import http from 'node:http';
import https from 'node:https';
import { e2ePorts, e2eSiteUrl } from '../utils';

export interface RawResponse {
  status: number;
  /** Every field as sent, repeated ones included. */
  fields: [name: string, value: string][];
  body: string;
}

/** The values of a field, as many times as it was sent. */
export function fieldValues(response: RawResponse, name: string): string[] {
  return response.fields.filter(([field]) => field.toLowerCase() === name.toLowerCase()).map(([, value]) => value);
}

function rawRequest(
  send: typeof http.request | typeof https.request,
  options: http.RequestOptions & https.RequestOptions,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = send(options, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const raw = response.rawHeaders;
        const fields: [string, string][] = [];
        for (let index = 0; index < raw.length; index += 2) fields.push([raw[index] ?? '', raw[index + 1] ?? '']);
        resolve({
          status: response.statusCode ?? 0,
          fields,
          body: Buffer.concat(chunks).toString('utf8'),
        });
      });
    });
    request.on('error', reject);
    request.end();
  });
}

const publicHostname = new URL(e2eSiteUrl).hostname;

/**
 * A request for a raw path (sent exactly as written, malformed encodings included) to the site at
 * its public name, through nginx over TLS, as a reader's client sends it.
 */
export function throughReverseProxy(path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return rawRequest(https.request, {
    host: '127.0.0.1',
    port: Number(e2ePorts.E2E_TLS_PORT),
    servername: publicHostname,
    rejectUnauthorized: false,
    path,
    headers: { Host: publicHostname, ...headers },
  });
}

/** The same request straight to the deployed server, on the port it is bound to on 0.0.0.0. */
export function toServer(path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return rawRequest(http.request, {
    host: '127.0.0.1',
    port: Number(e2ePorts.E2E_DEPLOYED_PORT),
    path,
    headers,
  });
}

/**
 * The same request as nginx passes it on (deploy/nginx/dps-proxy.conf) to a server bound to
 * loopback, where only a proxy on the same host can reach it: the embedded build's e2e server,
 * bound to 127.0.0.1.
 */
export function proxiedToLoopbackServer(path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return rawRequest(http.request, {
    host: '127.0.0.1',
    port: Number(e2ePorts.E2E_PORT),
    path,
    headers: {
      Host: publicHostname,
      'X-Forwarded-Proto': 'https',
      'X-Forwarded-Host': publicHostname,
      'X-Forwarded-For': '203.0.113.7',
      'X-Real-IP': '203.0.113.7',
      ...headers,
    },
  });
}

/** Whether a Location keeps the reader on the public site: a path, or a URL on SITE_URL. */
export function staysOnPublicOrigin(location: string): boolean {
  return (location.startsWith('/') && !location.startsWith('//')) || location.startsWith(`${e2eSiteUrl}/`);
}
