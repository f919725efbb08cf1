// What the floor and the peer are built from: a fresh create-next-app scaffold on the site's own
// versions of next, react and next-intl, with some of its files replaced. Both are then built
// with next build and served with next start, so that whatever separates the site from them is
// the site's code, not the framework's version.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createNextAppVersion } from './config.mjs';
import { run } from './processes.mjs';

const scaffoldFlags = [
  '--ts', '--app', '--no-tailwind', '--no-eslint', '--no-biome', '--no-src-dir', '--no-react-compiler',
  '--no-cache-components', '--no-agents-md', '--no-agent-feedback', '--import-alias', '@/*',
  '--use-npm', '--skip-install', '--disable-git', '--yes',
];

/** next-intl's plugin around the scaffold's empty configuration; it finds i18n/request.ts itself. */
export const nextIntlConfig = `import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const nextConfig: NextConfig = {};

export default createNextIntlPlugin()(nextConfig);
`;

/** The versions the site itself runs, from its package.json. */
async function siteVersions() {
  const { dependencies } = JSON.parse(await readFile('package.json', 'utf8'));
  return ['next', 'react', 'react-dom', 'next-intl'].map((name) => `${name}@${dependencies[name]}`);
}

/**
 * Scaffolds an app in appDir (which must not exist yet), deletes the scaffold's files named in
 * `remove`, writes `files` (path inside the app → text; folders are made), installs the site's
 * versions and builds it.
 */
export async function buildScaffoldedApp(appDir, { remove = [], files }, env) {
  const packages = await siteVersions();
  await run('npx', ['--yes', `create-next-app@${createNextAppVersion}`, appDir, ...scaffoldFlags], { env });
  await Promise.all(remove.map((file) => rm(path.join(appDir, file))));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(appDir, file)), { recursive: true });
    await writeFile(path.join(appDir, file), text);
  }
  await run('npm', ['install', '--save-exact', '--no-audit', '--no-fund', '--prefer-offline', ...packages], {
    cwd: appDir,
    env,
  });
  await run('npx', ['next', 'build'], { cwd: appDir, env });
  return { packages, createNextAppVersion };
}
