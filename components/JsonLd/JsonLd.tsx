import { serializeJsonLd } from '@/seo/jsonLd';

/** Structured data for search engines. The serializer escapes `<`, so its content stays data. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
