import { defineConfig, devices } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The BFF in demo mode, with its simulator on a known port so specs can read what CCE received.
// E2E_PORT moves both (BFF on it, simulator on the next), so two checkouts can run their suites side by side.
export const BFF_PORT = Number(process.env.E2E_PORT ?? 8181);
export const SIMULATOR_PORT = BFF_PORT + 1;

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The demo BFF's embedded database, apart from a planner a developer runs in this checkout, and new for every run.
const dataDir = join(tmpdir(), `cce-planner-e2e-${BFF_PORT}`);

export default defineConfig({
  testDir: 'e2e',
  // The sign-in journeys need their own servers: playwright.auth.config.ts.
  testIgnore: ['auth/**'],
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  // Per port, so suites running side by side (scripts/e2e.ts) keep their own traces and reports.
  outputDir: join('test-results', String(BFF_PORT)),
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: join('playwright-report', String(BFF_PORT)) }]],
  use: {
    baseURL: `http://127.0.0.1:${BFF_PORT}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: chromium,
      args: ['--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    },
    permissions: ['clipboard-read', 'clipboard-write'],
  },
  webServer: {
    command: `rm -rf ${dataDir} && node --import tsx src/server/main.ts`,
    url: `http://127.0.0.1:${BFF_PORT}/api/session`,
    reuseExistingServer: false,
    // A busy two-core machine can take over a minute to start the BFF (PGlite, migrations, the simulator).
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(BFF_PORT),
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      SIMULATOR_PORT: String(SIMULATOR_PORT),
      SIMULATOR_UPGRADE_SECONDS: '45',
      SIMULATOR_PRECHECK_SECONDS: '2',
      // Short enough for the e2e fault that holds CCE's answer past it; every simulated read answers in milliseconds.
      CCE_TIMEOUT_MS: '5000',
      LOG_LEVEL: 'warn',
      HUAWEICLOUD_SDK_AK: '',
      HUAWEICLOUD_SDK_SK: '',
    },
  },
});
