import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import { e2ePorts as ports, e2eSecrets, e2eSiteUrl } from './e2e/utils';

/**
 * End-to-end tests run in Chromium against two production builds served on loopback (see
 * e2e/servers.mjs): the bundled dataset plus the fixtures under e2e/fixtures, which the site
 * itself never ships, and a live build reading the same documents from a Content Lake stand-in.
 * Specs under e2e/live/ run against the live build, all others against the embedded one. Specs
 * under e2e/outage/ make the stand-in fail, so they run after the live project; specs under
 * e2e/instances/ start instances of the live build with Redis themselves, change the stand-in's
 * documents and make it fail, so they run after those, one at a time. Specs under e2e/studio/
 * drive the live build's Studio against the stand-in, publishing, after all of those.
 * Specs under e2e/deployed/ read the embedded build as a reader meets it once deployed: bound to
 * 0.0.0.0 behind nginx, over TLS, at the site's public name, which Chromium resolves to nginx.
 */
// Chromium's headless shell first, as Playwright itself uses for headless runs: the same Blink and
// V8 without the full browser's compositor and GPU process. On the whole-site sweeps it drew a
// third less CPU than Debian's full Chromium (5 December 2026: 50–55 s against 76–85 s for the
// toggle sweep), and Chromium was two thirds of the CPU of a CI run.
const systemChromiums = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

function chromiumExecutable(): string | undefined {
  const system = systemChromiums.find((candidate) => existsSync(candidate));
  if (system) return system;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    'No Chromium found. Install Debian\'s ("apt-get install chromium-headless-shell") or Playwright\'s ("npx playwright install chromium").',
  );
}

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // V8 without its optimizing tiers (Maglev, TurboFan; Sparkplug stays): a test loads a page once
  // or twice, so compiling optimized code is work it never gets back. Measured 5 December 2026 on
  // an idle machine, alternating runs against the same servers: the English JavaScript-on sweep on
  // one worker drew 82–93 s of CPU against 93–115 s (six runs each), the studio project 201 and
  // 227 s against 225 and 258 s. A page does the same in every tier; its speed is the bench's to
  // measure, in its own browser with V8's defaults.
  '--js-flags=--max-opt=1',
];

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
};

/** A browser for which the site's public name leads to nginx, whose test certificate it accepts. */
const browserOnPublicName = {
  ...browser,
  ignoreHTTPSErrors: true,
  launchOptions: {
    ...browser.launchOptions,
    args: [...chromiumArgs, `--host-resolver-rules=MAP ${new URL(e2eSiteUrl).hostname}:443 127.0.0.1:${ports.E2E_TLS_PORT}`],
  },
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // A failing test keeps its actions, network and console. Screenshots and DOM snapshots are left
  // out: recording them for every test made the whole-site sweep take half as long again (one
  // language: 128 s with them, 108 s without screenshots, 83 s with no trace; 4 December 2026).
  use: { trace: { mode: 'retain-on-failure', screenshots: false, snapshots: false } },
  projects: [
    // Workers take tests in this order: deployed's whole-site sweeps, the longest tests, start
    // early rather than leave one worker running them alone at the end.
    { name: 'deployed', testMatch: /e2e\/deployed\/.*\.spec\.ts/, use: { ...browserOnPublicName, baseURL: e2eSiteUrl } },
    { name: 'embedded', testIgnore: /e2e\/(live|outage|instances|deployed|studio)\//, use: { ...browser, baseURL: `http://127.0.0.1:${ports.E2E_PORT}` } },
    { name: 'live', testMatch: /live\/.*\.spec\.ts/, use: { ...browser, baseURL: `http://127.0.0.1:${ports.E2E_LIVE_PORT}` } },
    {
      name: 'outage',
      testMatch: /e2e\/outage\/.*\.spec\.ts/,
      dependencies: ['live'],
      use: { ...browser, baseURL: `http://127.0.0.1:${ports.E2E_LIVE_PORT}` },
    },
    { name: 'instances', testMatch: /e2e\/instances\/.*\.spec\.ts/, dependencies: ['outage'], fullyParallel: false },
    {
      // An editor in the live build's Studio: it publishes to the stand-in documents that the
      // projects before it read, so it runs last, one spec at a time.
      name: 'studio',
      testMatch: /e2e\/studio\/.*\.spec\.ts/,
      dependencies: ['instances'],
      fullyParallel: false,
      // The stand-in's certificate for HTTPS (the Studio needs HTTP/2) is self-signed.
      use: { ...browser, ignoreHTTPSErrors: true, baseURL: `http://127.0.0.1:${ports.E2E_LIVE_PORT}` },
    },
  ],
  webServer: {
    command: 'node e2e/servers.mjs',
    // The live server starts last: once it answers, both do.
    url: `http://127.0.0.1:${ports.E2E_LIVE_PORT}/en`,
    // Two production builds on 2 busy cores can take several minutes each.
    timeout: 1_200_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    env: { ...ports, ...e2eSecrets, SITE_URL: e2eSiteUrl },
  },
});
