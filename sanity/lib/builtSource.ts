import { contentSourceFrom, describeContentSource } from '../env';

/**
 * Pages are prerendered from one content source: a server whose environment names another
 * stops at once with a clear message, rather than mixing two sources' pages.
 */
export function refuseOtherContentSource(built: string | undefined, environment: Record<string, string | undefined>) {
  const current = describeContentSource(contentSourceFrom(environment));
  if (built && built !== current) {
    console.error(
      `This build was made from the ${built}, but the environment now names the ${current}. ` +
        'Rebuild with the same SANITY_* settings, or start with the ones the build used.',
    );
    process.exit(1);
  }
}
