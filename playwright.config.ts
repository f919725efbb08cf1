import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import { e2eDistDir, e2eSecrets, e2eSiteUrl } from './e2e/utils';

/**
 * End-to-end tests run in Chromium against a production build served on loopback. The build
 * adds the fixtures under e2e/fixtures to the bundled dataset; the site itself never ships them.
 */
const port = Number(process.env.E2E_PORT ?? 3210);

function chromiumExecutable(): string | undefined {
  const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate) => existsSync(candidate));
  if (system) return system;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    'No Chromium found. Install Debian\'s ("apt-get install chromium") or Playwright\'s ("npx playwright install chromium").',
  );
}

const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx next build && npx next start -H 127.0.0.1 -p ${port}`,
    url: `http://127.0.0.1:${port}/en`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    env: {
      NEXT_DIST_DIR: e2eDistDir,
      SANITY_EMBEDDED_FIXTURES: 'e2e/fixtures/content.ndjson',
      SITE_URL: e2eSiteUrl,
      ...e2eSecrets,
    },
  },
});
