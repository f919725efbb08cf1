/**
 * Pages are prerendered from one content source: refuse to start a server whose environment
 * names another, rather than mixing two sources' pages.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { contentSourceFrom, describeContentSource } = await import('./sanity/env');
  const built = process.env.BUILT_CONTENT_SOURCE;
  const current = describeContentSource(contentSourceFrom(process.env));
  if (built && built !== current) {
    console.error(
      `This build was made from the ${built}, but the environment now names the ${current}. ` +
        'Rebuild with the same SANITY_* settings, or start with the ones the build used.',
    );
    process.exit(1);
  }
}
