import { createStudioConfig } from './sanity/studio/config';

/** The CLI's Studio (schema validation, dataset import and export). The site embeds its own. */
export default createStudioConfig({
  projectId: process.env.SANITY_STUDIO_PROJECT_ID || process.env.SANITY_PROJECT_ID || 'offline',
  dataset: process.env.SANITY_STUDIO_DATASET || process.env.SANITY_DATASET || 'production',
});
