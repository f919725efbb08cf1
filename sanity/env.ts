import { z } from 'zod';

/**
 * Where the site's content comes from, read once from the environment and validated: a live
 * Sanity project when SANITY_PROJECT_ID and SANITY_DATASET are both set, otherwise the bundled
 * dataset. A half-set configuration is an error, never a silent fall-back.
 */
const optionalString = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const environmentSchema = z
  .object({
    SANITY_PROJECT_ID: optionalString.pipe(
      z
        .string()
        .regex(/^[a-z0-9-]+$/, 'SANITY_PROJECT_ID holds lowercase letters, digits and dashes')
        .optional(),
    ),
    SANITY_DATASET: optionalString.pipe(
      z
        .string()
        .regex(/^[a-z0-9_-]{1,64}$/, 'SANITY_DATASET holds lowercase letters, digits, _ and -')
        .optional(),
    ),
    SANITY_API_HOST: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
    SANITY_EMBEDDED_FIXTURES: optionalString,
    SANITY_REQUEST_TIMEOUT_MS: optionalString.pipe(
      z.string().regex(/^\d+$/, 'SANITY_REQUEST_TIMEOUT_MS is a number of milliseconds').transform(Number).optional(),
    ),
  })
  .superRefine((environment, context) => {
    const projectSet = environment.SANITY_PROJECT_ID !== undefined;
    const datasetSet = environment.SANITY_DATASET !== undefined;
    if (projectSet !== datasetSet) {
      context.addIssue({
        code: 'custom',
        message:
          'Set both SANITY_PROJECT_ID and SANITY_DATASET to read a Sanity project, or neither to ' +
          `use the bundled dataset (only ${projectSet ? 'SANITY_PROJECT_ID' : 'SANITY_DATASET'} is set).`,
      });
    }
    if (projectSet && environment.SANITY_EMBEDDED_FIXTURES) {
      context.addIssue({
        code: 'custom',
        message: 'SANITY_EMBEDDED_FIXTURES only applies to the bundled dataset: unset it or the project.',
      });
    }
  });

/** The API version every query is read with; changing it is a reviewed change. */
export const apiVersion = '2025-02-19';

/** How long a request to the Content Lake may take before the site stops waiting for it. */
export const defaultRequestTimeoutMs = 3000;

export const bundledDatasetFile = 'sanity/dataset/production.ndjson';

export type ContentSource =
  | { kind: 'live'; projectId: string; dataset: string; apiHost: string | undefined; timeoutMs: number }
  | { kind: 'embedded'; files: string[] };

export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

export function contentSourceFrom(environment: Record<string, string | undefined>): ContentSource {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    throw new ConfigurationError(
      `Content source configuration is invalid:\n${parsed.error.issues.map((issue) => `- ${issue.message}`).join('\n')}`,
    );
  }
  const { SANITY_PROJECT_ID, SANITY_DATASET, SANITY_API_HOST, SANITY_EMBEDDED_FIXTURES, SANITY_REQUEST_TIMEOUT_MS } =
    parsed.data;
  if (SANITY_PROJECT_ID && SANITY_DATASET) {
    return {
      kind: 'live',
      projectId: SANITY_PROJECT_ID,
      dataset: SANITY_DATASET,
      apiHost: SANITY_API_HOST,
      timeoutMs: SANITY_REQUEST_TIMEOUT_MS ?? defaultRequestTimeoutMs,
    };
  }
  const fixtures = SANITY_EMBEDDED_FIXTURES?.split(',').map((file) => file.trim()).filter(Boolean) ?? [];
  return { kind: 'embedded', files: [bundledDatasetFile, ...fixtures] };
}

/** A one-line name for a source, compared between build and start. */
export function describeContentSource(source: ContentSource): string {
  return source.kind === 'live'
    ? `Sanity project ${source.projectId}, dataset ${source.dataset}${source.apiHost ? ` at ${source.apiHost}` : ''}`
    : `bundled dataset (${source.files.join(', ')})`;
}
