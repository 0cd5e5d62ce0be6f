import { startTestOidcProvider } from '../../src/server/testing/oidc-test-provider';

/** The e2e's OpenID provider as its own process: `node --import tsx e2e/auth/oidc-provider-server.ts`. */
const provider = await startTestOidcProvider({
  port: Number(process.env.OIDC_TEST_PORT),
  clientSecret: process.env.OIDC_TEST_CLIENT_SECRET ?? '',
  redirectUris: (process.env.OIDC_TEST_REDIRECT_URIS ?? '').split(','),
});
console.log(`test OpenID provider at ${provider.issuer}`);
const stop = () => void provider.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
