import type { ContentSource } from '../env';
import type { StudioProject } from './config';

/**
 * The project the embedded Studio edits: the one the site is built from. `E2E_STUDIO_API_HOST`
 * is set by the e2e suite's live build only (e2e/builds.mjs): it points the Studio at the Content
 * Lake stand-in on loopback, which has no login page, so the Studio takes a token the tests put in
 * its storage. /studio is prerendered, so the variable is read at build time: a build made without
 * it holds neither the stand-in's host nor token login.
 */
export function embeddedStudioProject(
  source: Extract<ContentSource, { kind: 'live' }>,
  environment: Record<string, string | undefined>,
): StudioProject {
  const testApiHost = environment.E2E_STUDIO_API_HOST?.trim();
  return {
    projectId: source.projectId,
    dataset: source.dataset,
    ...(testApiHost ? { apiHost: testApiHost, loginMethod: 'token' as const } : {}),
  };
}
