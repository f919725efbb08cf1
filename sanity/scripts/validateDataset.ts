/**
 * Validates NDJSON datasets against the Studio's own schema and rules, offline: custom and async
 * rules (slug uniqueness, references) get a stand-in client that answers GROQ from the same
 * documents with groq-js. Run through the CLI so the Studio configuration resolves:
 *
 *   npx sanity exec sanity/scripts/validateDataset.ts -- [file.ndjson …]
 *
 * Prints one line per problem and exits 1 when any document has an error.
 */
import { readFile } from 'node:fs/promises';
import { createClient } from '@sanity/client';
import { firstValueFrom, of } from 'rxjs';
import { resolveConfig, validateDocument, type SanityClient, type SanityDocument } from 'sanity';
import studioConfig from '../../sanity.config';
import { bundledDatasetFile } from '../env';
import { indexDocuments, parseNdjson, queryIndex } from '../lib/embedded';

const files = process.argv.slice(2).filter((argument) => argument.endsWith('.ndjson'));
const documents = (
  await Promise.all((files.length > 0 ? files : [bundledDatasetFile]).map(async (file) => parseNdjson(await readFile(file, 'utf8'), file)))
).flat() as unknown as SanityDocument[];
const index = indexDocuments(documents);

const standInClient = {
  fetch: (query: string, params?: Record<string, unknown>) => queryIndex(index, query, params ?? {}),
  withConfig: () => standInClient,
  config: () => ({ apiVersion: '2025-02-19', dataset: 'production', projectId: 'offline' }),
  getDataUrl: (operation: string, path = '') => `/data/${operation}/production/${path}`,
} as unknown as SanityClient;

// As the CLI resolves a workspace for validation: signed out, so nothing asks the network who we are.
const signedOut = {
  state: of({
    authenticated: false,
    currentUser: null,
    client: createClient({ apiHost: 'http://localhost', apiVersion: '2025-02-19', projectId: 'unused', useCdn: false }),
  }),
};
const [workspace] = await firstValueFrom(resolveConfig({ ...studioConfig, auth: signedOut } as typeof studioConfig));
if (!workspace) throw new Error('No Studio workspace found in sanity.config.ts');

const validate = (document: SanityDocument, environment: 'studio' | 'cli') =>
  validateDocument({
    document,
    workspace,
    getClient: () => standInClient,
    getDocumentExists: async ({ id }) => index.byId.has(id),
    environment,
  });

/** A field the schema does not know means the data does not fit the model: the CLI run reports those. */
const isUnknownField = (message: string) => /does not exist on type/.test(message);

let errorCount = 0;
for (const document of index.all as unknown as SanityDocument[]) {
  // The Studio's run gives each rule the level editors see; the CLI's demotes rules on objects
  // (slugs among them) to warnings, but is the one that reports unknown fields.
  const markers = [
    ...(await validate(document, 'studio')),
    ...(await validate(document, 'cli')).filter((marker) => isUnknownField(marker.message)),
  ];
  for (const marker of markers) {
    const isError = marker.level === 'error' || isUnknownField(marker.message);
    if (isError) errorCount += 1;
    const path = marker.path.map((segment) => (typeof segment === 'object' ? JSON.stringify(segment) : segment)).join('.');
    console.log(`${isError ? 'ERROR' : marker.level.toUpperCase()} ${document._id} (${document._type}) ${path}: ${marker.message}`);
  }
}

console.log(`${index.all.length} documents validated, ${errorCount} errors`);
process.exitCode = errorCount > 0 ? 1 : 0;
