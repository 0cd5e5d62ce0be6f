import type { AuthConfig } from '../auth/auth-config';
import { TEST_CLIENT_ID, TEST_OPERATOR_GROUP, TEST_VIEWER_GROUP, type TestProvider } from './oidc-test-provider';

/**
 * The planner's OpenID Connect settings for the test provider, as a deployment would write them: one place, so the
 * tests that sign in through a real provider cannot drift apart. Each test overrides only what it is about.
 */
export function testAuthConfig(provider: TestProvider, clientSecret: string, overrides: Partial<AuthConfig> = {}): AuthConfig {
  return {
    issuer: new URL(provider.issuer),
    clientId: TEST_CLIENT_ID,
    clientSecret,
    publicOrigin: 'http://localhost',
    redirectUrl: 'http://localhost/api/auth/callback',
    scopes: 'openid profile email',
    roleClaim: 'groups',
    operatorGroups: [TEST_OPERATOR_GROUP],
    viewerGroups: [TEST_VIEWER_GROUP],
    sessionTtlSeconds: 3600,
    ...overrides,
  };
}
