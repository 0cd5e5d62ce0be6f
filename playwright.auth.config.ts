import { defineConfig } from '@playwright/test';
import { AUTH_BFF_PORT, authServers } from './e2e/auth/servers';
import baseConfig from './playwright.config';

/** The sign-in journeys (e2e/auth): their own OpenID provider, simulator and BFFs with sign-in configured. */
export default defineConfig({
  ...baseConfig,
  testDir: 'e2e/auth',
  testIgnore: [],
  use: { ...baseConfig.use, baseURL: `http://127.0.0.1:${AUTH_BFF_PORT}` },
  webServer: authServers,
});
