import { z } from 'zod/mini';
import { CALLBACK_PATH } from '../../shared/bff-api';
import { clusterIdSchema } from '../../shared/ids';
import { optional } from '../env-files';

/** Loopback names and addresses: the only places the BFF may listen without authentication. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}

// Plain http only towards this machine (a local identity provider in tests); anything else must be https.
const secureUrl = (what: string) =>
  z.url({ protocol: /^https?$/, error: `must be a URL such as https://${what}` }).check(
    z.refine((value) => {
      const url = new URL(value);
      return url.protocol === 'https:' || isLoopbackHost(url.hostname);
    }, 'must use https (plain http is accepted only on loopback, for local testing)'),
  );

const groupList = z
  .pipe(
    z.string(),
    z.transform((value) =>
      value
        .split(',')
        .map((group) => group.trim())
        .filter(Boolean),
    ),
  )
  .check(z.refine((groups) => groups.length > 0, 'must name at least one group (comma-separated)'));

const clusterAllowlistSchema = z.record(z.string().check(z.minLength(1)), z.array(z.union([z.literal('*'), clusterIdSchema])).check(z.minLength(1)));

const allowlistJson = z.pipe(
  z.string(),
  z.transform((value, ctx) => {
    let json: unknown;
    try {
      json = JSON.parse(value);
    } catch {
      ctx.issues.push({ code: 'custom', input: value, message: 'must be JSON such as {"group": ["cluster-id", …]} ("*" for every cluster)' });
      return z.NEVER;
    }
    const parsed = clusterAllowlistSchema.safeParse(json);
    if (!parsed.success) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `must map each group to a list of cluster ids or "*" (${parsed.error.issues[0]?.message ?? 'invalid'})`,
      });
      return z.NEVER;
    }
    return parsed.data;
  }),
);

/** The authentication part of the environment, spread into the one env schema in config.ts. */
export const authEnvShape = {
  OIDC_ISSUER_URL: optional(secureUrl('login.example.com/realms/platform')),
  OIDC_CLIENT_ID: optional(z.string().check(z.minLength(1), z.maxLength(256))),
  OIDC_CLIENT_SECRET: optional(z.string().check(z.minLength(1))),
  PUBLIC_URL: optional(secureUrl('planner.example.com')),
  OIDC_REDIRECT_URL: optional(secureUrl('planner.example.com/api/auth/callback')),
  OIDC_SCOPES: optional(z.string().check(z.regex(/^openid( [\x21\x23-\x5b\x5d-\x7e]+)*$/, 'must be space-separated scopes starting with openid'))),
  OIDC_ROLE_CLAIM: optional(z.string().check(z.regex(/^[\w:/-]+(\.[\w:/-]+)*$/, 'must be a claim name, or a dotted path such as realm_access.roles'))),
  OIDC_OPERATOR_GROUPS: optional(groupList),
  OIDC_VIEWER_GROUPS: optional(groupList),
  OIDC_CLUSTER_ALLOWLIST: optional(allowlistJson),
  SESSION_TTL_SECONDS: optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(7 * 86_400))),
  RATE_LIMIT_LOGIN_PER_MINUTE: optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(10_000))),
  RATE_LIMIT_SUBMIT_PER_MINUTE: optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(10_000))),
  // Load tests and benchmarks read far faster than a person does.
  RATE_LIMIT_READ_PER_MINUTE: optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(1_000_000))),
  RATE_LIMIT_CHECK_PER_MINUTE: optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(10_000))),
};

type AuthEnv = z.output<z.ZodMiniObject<typeof authEnvShape>>;

const required = ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'PUBLIC_URL', 'OIDC_OPERATOR_GROUPS'] as const;

/** Issues for config.ts's superRefine: authentication is all or nothing, and nothing but loopback without it. */
export function authIssues(env: AuthEnv & { HOST?: string | undefined }): Array<{ path: string; message: string }> {
  const configured = env.OIDC_ISSUER_URL !== undefined;
  if (!configured) {
    const host = env.HOST ?? '127.0.0.1';
    if (isLoopbackHost(host)) return [];
    return [
      {
        path: 'HOST',
        message: `${host} is not a loopback address and authentication is not configured: whoever reaches the planner could upgrade every cluster. Set OIDC_ISSUER_URL, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, PUBLIC_URL and OIDC_OPERATOR_GROUPS, or listen on 127.0.0.1`,
      },
    ];
  }
  return required.filter((name) => env[name] === undefined).map((path) => ({ path, message: 'is required when OIDC_ISSUER_URL is set' }));
}

export interface AuthConfig {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** The planner's own origin: state-changing calls must come from it. */
  publicOrigin: string;
  redirectUrl: string;
  /** Requested scopes; some providers (Okta, Keycloak) send the groups claim only for a `groups` scope. */
  scopes: string;
  roleClaim: string;
  operatorGroups: string[];
  viewerGroups: string[];
  /** Group → cluster ids (or "*"); without it every role may see every cluster. */
  clusterAllowlist?: Record<string, string[]>;
  sessionTtlSeconds: number;
}

/** Per minute: sign-in attempts per address; reads, pre-/post-checks and submits per user (per address without sign-in). */
export interface RateLimits {
  loginPerMinute: number;
  readPerMinute: number;
  checkPerMinute: number;
  submitPerMinute: number;
}

/**
 * Reads: far above what one person's pages ask for (a wizard walk is a few dozen, the task view polls every few
 * seconds), low enough that one user cannot spend the project's shared CCE quota. Checks start work in CCE.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = { loginPerMinute: 20, readPerMinute: 1200, checkPerMinute: 30, submitPerMinute: 10 };

export function authConfigFrom(env: AuthEnv): AuthConfig | undefined {
  const { OIDC_ISSUER_URL: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret, PUBLIC_URL: publicUrl } = env;
  if (!issuer || !clientId || !clientSecret || !publicUrl || !env.OIDC_OPERATOR_GROUPS) return undefined;
  const base = publicUrl.replace(/\/+$/, '');
  return {
    issuer: new URL(issuer),
    clientId,
    clientSecret,
    publicOrigin: new URL(base).origin,
    redirectUrl: env.OIDC_REDIRECT_URL ?? `${base}${CALLBACK_PATH}`,
    scopes: env.OIDC_SCOPES ?? 'openid profile email',
    roleClaim: env.OIDC_ROLE_CLAIM ?? 'groups',
    operatorGroups: env.OIDC_OPERATOR_GROUPS,
    viewerGroups: env.OIDC_VIEWER_GROUPS ?? [],
    ...(env.OIDC_CLUSTER_ALLOWLIST ? { clusterAllowlist: env.OIDC_CLUSTER_ALLOWLIST } : {}),
    sessionTtlSeconds: env.SESSION_TTL_SECONDS ?? 8 * 3600,
  };
}

export const rateLimitsFrom = (env: AuthEnv): RateLimits => ({
  loginPerMinute: env.RATE_LIMIT_LOGIN_PER_MINUTE ?? DEFAULT_RATE_LIMITS.loginPerMinute,
  readPerMinute: env.RATE_LIMIT_READ_PER_MINUTE ?? DEFAULT_RATE_LIMITS.readPerMinute,
  checkPerMinute: env.RATE_LIMIT_CHECK_PER_MINUTE ?? DEFAULT_RATE_LIMITS.checkPerMinute,
  submitPerMinute: env.RATE_LIMIT_SUBMIT_PER_MINUTE ?? DEFAULT_RATE_LIMITS.submitPerMinute,
});
