import { contentSourceFrom } from '@/sanity/env';
import { ConnectProject } from '@/sanity/studio/ConnectProject';
import { EmbeddedStudio } from '@/sanity/studio/EmbeddedStudio.client';
import { embeddedStudioProject } from '@/sanity/studio/embeddedProject';

export const dynamic = 'force-static';

export { metadata, viewport } from 'next-sanity/studio';

/** The Studio's project is the one the site is built from; without one, how to connect it. */
export default function StudioPage() {
  const source = contentSourceFrom(process.env);
  if (source.kind !== 'live') return <ConnectProject />;
  return <EmbeddedStudio {...embeddedStudioProject(source, process.env)} />;
}
