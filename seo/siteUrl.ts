import { z } from 'zod';
import { ConfigurationError } from '../sanity/env';

/**
 * The origin the public site is served at, from SITE_URL: every absolute URL the site gives out
 * (canonical, hreflang, Open Graph, sitemap, robots.txt) starts with it. next.config.ts fixes the
 * build's value into the server code, so that pages rendered after the build agree with the
 * prerendered ones.
 */
const defaultSiteUrl = 'http://localhost:3000';

const siteUrlSchema = z
  .string()
  .trim()
  .transform((value) => value || defaultSiteUrl)
  .pipe(z.url({ protocol: /^https?$/, message: 'SITE_URL must be an http or https URL' }))
  .transform((value) => new URL(value))
  .refine((url) => url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password, {
    message: 'SITE_URL is an origin only, such as https://www.example.org: the site is served at its root',
  });

export function siteUrlFrom(value: string | undefined): URL {
  const parsed = siteUrlSchema.safeParse(value ?? '');
  if (!parsed.success) {
    throw new ConfigurationError(`SITE_URL is invalid (${JSON.stringify(value)}): ${parsed.error.issues[0]?.message}`);
  }
  return parsed.data;
}

export const siteUrl = siteUrlFrom(process.env.SITE_URL);

/** `/es/carceles` → `https://…/es/carceles`. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl).href;
}

/**
 * Whether readers reach the site over HTTPS: SITE_URL says so, or the reverse proxy in front
 * tells this request came in over TLS (X-Forwarded-Proto, which the shipped deploy/nginx.conf
 * sets and a client cannot pass through it). Cookies are then marked Secure.
 */
export function servedOverHttps(headers: Headers): boolean {
  const forwarded = headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return siteUrl.protocol === 'https:' || forwarded === 'https';
}
