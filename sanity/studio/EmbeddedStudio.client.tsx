'use client';

import { NextStudio } from 'next-sanity/studio/client-component';
import { useMemo } from 'react';
import { createStudioConfig, type StudioProject } from './config';

/** The Studio in the browser, for the project the server was built for. */
export function EmbeddedStudio({ projectId, dataset, apiHost, loginMethod }: StudioProject) {
  const config = useMemo(
    () => createStudioConfig({ projectId, dataset, apiHost, loginMethod }),
    [projectId, dataset, apiHost, loginMethod],
  );
  return <NextStudio config={config} />;
}
