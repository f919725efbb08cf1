'use client';

import { NextStudio } from 'next-sanity/studio/client-component';
import { useMemo } from 'react';
import { createStudioConfig, type StudioProject } from './config';

/** The Studio in the browser, for the project the server was built for. */
export function EmbeddedStudio({ projectId, dataset }: Pick<StudioProject, 'projectId' | 'dataset'>) {
  const config = useMemo(() => createStudioConfig({ projectId, dataset }), [projectId, dataset]);
  return <NextStudio config={config} />;
}
