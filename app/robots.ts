import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/seo/siteUrl';

/** Crawlers read the pages; the Studio and the route handlers are not pages. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/api', '/studio'] },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
