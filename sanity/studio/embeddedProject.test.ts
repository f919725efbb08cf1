import { describe, expect, it } from 'vitest';
import { contentSourceFrom } from '../env';
import { embeddedStudioProject } from './embeddedProject';

const production = { SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production', SANITY_API_HOST: 'https://api.example.org' };
const live = (environment: Record<string, string>) => {
  const source = contentSourceFrom(environment);
  if (source.kind !== 'live') throw new Error('expected a live source');
  return embeddedStudioProject(source, environment);
};

describe("the embedded Studio's project", () => {
  it('is the Sanity project the site is built from, with its own login and hosts', () => {
    // Not even the site's own SANITY_API_HOST: the Studio goes to Sanity unless a test says otherwise.
    expect(live(production)).toEqual({ projectId: 'abc123', dataset: 'production' });
  });

  it('reaches the Content Lake stand-in with token login in a test build only', () => {
    expect(live({ ...production, E2E_STUDIO_API_HOST: 'https://localhost:3212' })).toEqual({
      projectId: 'abc123',
      dataset: 'production',
      apiHost: 'https://localhost:3212',
      loginMethod: 'token',
    });
    expect(live({ ...production, E2E_STUDIO_API_HOST: ' ' })).toEqual({ projectId: 'abc123', dataset: 'production' });
  });
});
