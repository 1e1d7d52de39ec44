// Browser tests run the built widget (dist/) in Debian's Chromium, served by www/server.mjs.
// Never a downloaded browser: executablePath points at /usr/bin/chromium.
import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const port = Number(process.env.TEST_PORT || 4173);

export default defineConfig({
  testDir: './browser',
  globalSetup: './global-setup.mjs',
  outputDir: './output/results',
  fullyParallel: false,
  workers: 1,
  // A stray test.only would run one spec and report success: never allowed (run Playwright by
  // hand with --grep to run one test).
  forbidOnly: true,
  retries: 0,
  // The JSON report lets ./tests/run check that tests really ran and none was skipped.
  reporter: [['list'], ['json', { outputFile: './output/report.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `node ../www/server.mjs --port ${port} --fixtures`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
