import type { PlaywrightTestConfig } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BFF_PORT } from '../../playwright.config';
import { TEST_CLIENT_ID, TEST_OPERATOR_GROUP, TEST_VIEWER_GROUP } from '../../src/server/testing/oidc-test-provider';

// Sign-in journeys: a real OpenID provider, the simulator as a real-mode CCE endpoint, and two BFFs with sign-in
// configured (one with a short session). Ports follow E2E_PORT, above the demo suite's two.
export const AUTH_BFF_PORT = BFF_PORT + 2;
export const AUTH_SIMULATOR_PORT = BFF_PORT + 3;
export const PROVIDER_PORT = BFF_PORT + 4;
export const SHORT_SESSION_BFF_PORT = BFF_PORT + 5;
export const SHORT_SESSION_SECONDS = 4;

/** Known test credentials, so a spec can search everything the journey produced for them. */
export const E2E_AK = 'E2EACCESSKEY0123456789';
export const E2E_SK = 'e2e-secret-key-that-must-never-reach-a-browser-or-log';
const PROJECT_ID = '0123456789abcdef0123456789abcdef';
const CLIENT_SECRET = 'e2e-client-secret-not-a-real-one';

/** Where the auth BFF's log lines and the mounted-secret files go (the same path in the runner and its workers). */
export const AUTH_WORK_DIR = join(tmpdir(), `cce-planner-e2e-auth-${BFF_PORT}`);
export const BFF_LOG = join(AUTH_WORK_DIR, 'bff.log');
mkdirSync(AUTH_WORK_DIR, { recursive: true });
writeFileSync(join(AUTH_WORK_DIR, 'ak'), `${E2E_AK}\n`);
writeFileSync(join(AUTH_WORK_DIR, 'sk'), `${E2E_SK}\n`);

/** Each BFF's own embedded database, emptied when it starts: a submit remembered from an earlier run would be replayed, not sent. */
const dataDir = (port: number) => join(AUTH_WORK_DIR, `data-${port}`);

const bff = (port: number, extra: Record<string, string> = {}) => ({
  env: {
    PORT: String(port),
    DATA_DIR: dataDir(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    HUAWEICLOUD_SDK_AK: '',
    HUAWEICLOUD_SDK_SK: '',
    // AK/SK from mounted files, as from a Kubernetes secret.
    HUAWEICLOUD_SDK_AK_FILE: join(AUTH_WORK_DIR, 'ak'),
    HUAWEICLOUD_SDK_SK_FILE: join(AUTH_WORK_DIR, 'sk'),
    HUAWEICLOUD_SDK_PROJECT_ID: PROJECT_ID,
    HUAWEICLOUD_SDK_REGION: 'cn-north-4',
    CCE_ENDPOINT: `http://127.0.0.1:${AUTH_SIMULATOR_PORT}`,
    OIDC_ISSUER_URL: `http://127.0.0.1:${PROVIDER_PORT}`,
    OIDC_CLIENT_ID: TEST_CLIENT_ID,
    OIDC_CLIENT_SECRET: CLIENT_SECRET,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    OIDC_OPERATOR_GROUPS: TEST_OPERATOR_GROUP,
    OIDC_VIEWER_GROUPS: TEST_VIEWER_GROUP,
    ...extra,
  },
  url: `http://127.0.0.1:${port}/api/session`,
  reuseExistingServer: false,
  timeout: 60_000,
  stderr: 'pipe' as const,
});


/** The four servers the sign-in journeys need, for playwright.auth.config.ts. */
export const authServers: PlaywrightTestConfig['webServer'] = [
  {
    command: 'node --import tsx e2e/auth/oidc-provider-server.ts',
    url: `http://127.0.0.1:${PROVIDER_PORT}/.well-known/openid-configuration`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'ignore',
    env: {
      OIDC_TEST_PORT: String(PROVIDER_PORT),
      OIDC_TEST_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_TEST_REDIRECT_URIS: [AUTH_BFF_PORT, SHORT_SESSION_BFF_PORT].map((port) => `http://127.0.0.1:${port}/api/auth/callback`).join(','),
    },
  },
  {
    command: 'node --import tsx src/simulator/main.ts',
    url: `http://127.0.0.1:${AUTH_SIMULATOR_PORT}/__sim/requests`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { SIM_PORT: String(AUTH_SIMULATOR_PORT), SIM_AK: E2E_AK, SIM_SK: E2E_SK, SIM_PROJECT_ID: PROJECT_ID, SIM_UPGRADE_DURATION_MS: '45000' },
  },
  // Its log lines go to a file the secrets spec searches.
  { ...bff(AUTH_BFF_PORT), command: `rm -rf ${dataDir(AUTH_BFF_PORT)} && node --import tsx src/server/main.ts > ${BFF_LOG} 2>&1`, stdout: 'ignore' },
  {
    ...bff(SHORT_SESSION_BFF_PORT, { SESSION_TTL_SECONDS: String(SHORT_SESSION_SECONDS), LOG_LEVEL: 'warn' }),
    command: `rm -rf ${dataDir(SHORT_SESSION_BFF_PORT)} && node --import tsx src/server/main.ts`,
    stdout: 'ignore',
  },
];
