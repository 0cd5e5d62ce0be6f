import { defineConfig, devices } from '@playwright/test';

// The BFF in demo mode, with its simulator on a fixed port so specs can read what CCE received.
export const BFF_PORT = 8181;
export const SIMULATOR_PORT = 8182;

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
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
    command: 'node --import tsx src/server/main.ts',
    url: `http://127.0.0.1:${BFF_PORT}/api/session`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(BFF_PORT),
      HOST: '127.0.0.1',
      SIMULATOR_PORT: String(SIMULATOR_PORT),
      SIMULATOR_UPGRADE_SECONDS: '45',
      LOG_LEVEL: 'warn',
      HUAWEICLOUD_SDK_AK: '',
      HUAWEICLOUD_SDK_SK: '',
    },
  },
});
