import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';

/**
 * A real OpenID provider for tests (node-oidc-provider with its development sign-in form), never a mocked login.
 * Its users sign in with their login as the account id; the form's password is not checked.
 */
export const TEST_USERS = {
  operator: { name: 'Olga Operator', groups: ['planner-operators', 'staff'] },
  /** A second operator: the one who reviews what the first saved. */
  reviewer: { name: 'Rita Reviewer', groups: ['planner-operators', 'staff'] },
  viewer: { name: 'Victor Viewer', groups: ['planner-viewers', 'staff'] },
  outsider: { name: 'Otto Outsider', groups: ['staff'] },
} as const;
export type TestUser = keyof typeof TEST_USERS;

export const TEST_CLIENT_ID = 'cce-upgrade-planner';
export const TEST_OPERATOR_GROUP = 'planner-operators';
export const TEST_VIEWER_GROUP = 'planner-viewers';

export interface TestProvider {
  issuer: string;
  close(): Promise<void>;
}

export async function startTestOidcProvider(options: { port?: number; clientSecret: string; redirectUris: string[] }): Promise<TestProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const configuration: Configuration = {
    clients: [
      {
        client_id: TEST_CLIENT_ID,
        client_secret: options.clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], profile: ['name', 'groups'], email: ['email'] },
    // Groups in the ID token itself, as most enterprise providers can be set to do.
    conformIdTokenClaims: false,
    findAccount: (_ctx, id) => {
      const user = id in TEST_USERS ? TEST_USERS[id as TestUser] : undefined;
      if (!user) return undefined;
      return { accountId: id, claims: () => ({ sub: id, name: user.name, groups: [...user.groups], email: `${id}@example.test` }) };
    },
    // The planner is a first-party client: no consent screen.
    loadExistingGrant: async (ctx) => {
      const clientId = ctx.oidc.client!.clientId;
      const existing = ctx.oidc.session!.grantIdFor(clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope('openid profile email');
      await grant.save();
      return grant;
    },
    ttl: { Interaction: 600, Grant: 3600, Session: 3600, AccessToken: 600, IdToken: 600 },
    cookies: { keys: ['test-provider-cookie-key-not-a-secret'] },
    features: { devInteractions: { enabled: true } },
  };
  const provider = new Provider(issuer, configuration);
  server.on('request', provider.callback());
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
