import { statSync } from 'node:fs';
import '../shared/zod-messages';
import { join, resolve } from 'node:path';
import { z } from 'zod/mini';
import { projectIdSchema } from '../shared/ids';
import { type AuthConfig, authConfigFrom, authEnvShape, authIssues, type RateLimits, rateLimitsFrom } from './auth/auth-config';
import { Credentials } from './cce/credentials';
import { type DatabaseLocation, SCHEMA_NAME } from './db/database';
import type { HttpLimits } from './http-limits';
import { optional, resolveFileVariables } from './env-files';

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

const envSchema = z
  .object({
    HUAWEICLOUD_SDK_AK: optional(z.string().check(z.regex(/^[A-Za-z0-9]{8,128}$/, 'must be an access key id (letters and digits)'))),
    HUAWEICLOUD_SDK_SK: optional(z.string().check(z.minLength(8, 'looks too short to be a secret access key'))),
    HUAWEICLOUD_SDK_PROJECT_ID: optional(projectIdSchema),
    HUAWEICLOUD_SDK_REGION: optional(z.string().check(z.regex(/^[a-z]{2}-[a-z0-9-]+$/, 'must be a region id such as cn-north-4'))),
    CCE_ENDPOINT: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://cce.cn-north-4.myhuaweicloud.com' })),
    CCE_TIMEOUT_MS: optional(z.coerce.number().check(z.int(), z.gte(100), z.lte(300_000))),
    KUBECONFIG_DIR: optional(
      z.pipe(
        z.string().check(z.refine(isDirectory, 'must be an existing directory (the BFF reads <cluster_id>.yaml kubeconfigs from it)')),
        z.transform((dir) => resolve(dir)),
      ),
    ),
    PORT: optional(z.coerce.number().check(z.int(), z.gte(0), z.lte(65_535))),
    // Defaults and why in http-limits.ts; the bounds keep a typo from disabling a limit or cutting every request.
    HTTP_HEADERS_TIMEOUT_MS: optional(z.coerce.number().check(z.int(), z.gte(1_000), z.lte(120_000))),
    HTTP_REQUEST_TIMEOUT_MS: optional(z.coerce.number().check(z.int(), z.gte(1_000), z.lte(600_000))),
    HTTP_KEEP_ALIVE_TIMEOUT_MS: optional(z.coerce.number().check(z.int(), z.gte(1_000), z.lte(600_000))),
    HTTP_IDLE_TIMEOUT_MS: optional(z.coerce.number().check(z.int(), z.gte(1_000), z.lte(3_600_000))),
    HTTP_MAX_CONNECTIONS: optional(z.coerce.number().check(z.int(), z.gte(10), z.lte(100_000))),
    HOST: optional(z.string().check(z.minLength(1))),
    AUDIT_LOG: optional(z.string().check(z.minLength(1))),
    APPROVALS_REQUIRED: optional(z.coerce.number().check(z.int(), z.gte(0), z.lte(10))),
    DATABASE_URL: optional(z.url({ protocol: /^postgres(ql)?$/, error: 'must be a PostgreSQL URL such as postgres://planner@db.internal:5432/planner' })),
    DATABASE_SCHEMA: optional(z.string().check(z.regex(SCHEMA_NAME, 'must be a schema name: lower-case letters, digits and _ (at most 58)'))),
    DATA_DIR: optional(z.string().check(z.minLength(1))),
    LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])),
    SIMULATOR_PORT: optional(z.coerce.number().check(z.int(), z.gte(0), z.lte(65_535))),
    SIMULATOR_UPGRADE_SECONDS: optional(z.coerce.number().check(z.gte(1), z.lte(86_400))),
    SIMULATOR_PRECHECK_SECONDS: optional(z.coerce.number().check(z.gte(0.1), z.lte(3_600))),
    ...authEnvShape,
  })
  .check(
    z.superRefine((env, ctx) => {
      const hasAk = env.HUAWEICLOUD_SDK_AK !== undefined;
      const hasSk = env.HUAWEICLOUD_SDK_SK !== undefined;
      if (hasAk !== hasSk) {
        ctx.addIssue({
          code: 'custom',
          path: [hasAk ? 'HUAWEICLOUD_SDK_SK' : 'HUAWEICLOUD_SDK_AK'],
          message: 'set both HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK for real mode, or neither for demo mode',
        });
      }
      if (hasAk && hasSk) {
        for (const name of ['HUAWEICLOUD_SDK_PROJECT_ID', 'HUAWEICLOUD_SDK_REGION'] as const) {
          if (env[name] === undefined) ctx.addIssue({ code: 'custom', path: [name], message: 'is required in real mode' });
        }
      }
      for (const issue of authIssues(env)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
    }),
  );

interface CommonConfig {
  host: string;
  port: number;
  logLevel: string;
  timeoutMs: number;
  /** Absolute path of a JSON Lines audit log from before the database, imported once if it exists. */
  auditLogPath: string;
  /** Where the BFF keeps its state, and the schema of its tables (real and demo mode keep theirs apart). */
  database: DatabaseLocation;
  databaseSchema: string;
  /** OpenID Connect sign-in and roles; without it the BFF listens on loopback only. */
  auth?: AuthConfig;
  rateLimits: RateLimits;
  /** Approvals by other operators a plan revision needs before it is submitted (1 with sign-in, 0 without). */
  approvalsRequired: number;
  /** Only what the environment sets; the rest are DEFAULT_HTTP_LIMITS. */
  http: Partial<HttpLimits>;
}
export interface RealConfig extends CommonConfig {
  mode: 'real';
  region: string;
  projectId: string;
  endpoint: string;
  credentials: Credentials;
  /** Directory of per-cluster kubeconfigs for reading real node labels; without it labels are derived from CCE data. */
  kubeconfigDir?: string;
}
export interface DemoConfig extends CommonConfig {
  mode: 'demo';
  simulatorPort: number;
  simulatorUpgradeMs: number;
  /** Omitted: the simulator's own default. */
  simulatorPreCheckMs?: number;
}
export type Config = RealConfig | DemoConfig;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and checks the environment once at start; a bad value stops the BFF with a message naming it. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const files = resolveFileVariables(env);
  const parsed = envSchema.safeParse(files.env);
  if (!parsed.success || files.issues.length > 0) {
    const lines = [...files.issues, ...(parsed.error?.issues ?? []).map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)];
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const auth = authConfigFrom(e);
  if (!auth && (e.APPROVALS_REQUIRED ?? 0) > 0) {
    throw new ConfigError(
      'Invalid configuration:\n  APPROVALS_REQUIRED: approvals need sign-in (OIDC_ISSUER and the rest): without it everyone is the same user, so nobody else can approve',
    );
  }
  // Relative to where the BFF was started, like every relative path a user types. Demo mode's old audit file is its own:
  // its submits were made on a simulator, and a real-mode BFF importing them would hold plans CCE never saw.
  const dataDir = resolve(e.DATA_DIR ?? 'data');
  const auditLogPath = (fallback: string) => resolve(e.AUDIT_LOG ?? join(dataDir, fallback));
  // Demo mode's submits were made on a simulator that forgets them: its tables live apart, in a database or schema of their own.
  const storage = (demo: boolean) => ({
    database: e.DATABASE_URL
      ? ({ driver: 'postgres', url: e.DATABASE_URL } as const)
      : ({ driver: 'pglite', dataDir: join(dataDir, demo ? 'demo-db' : 'db') } as const),
    // Always apart, even when DATABASE_SCHEMA names the real one: demo mode forgets its submits when it starts, and a
    // replica that fell into demo mode (its secrets failed to mount) must not forget real ones.
    databaseSchema: `${e.DATABASE_SCHEMA ?? 'planner'}${demo ? '_demo' : ''}`,
  });
  const common = {
    host: e.HOST ?? '127.0.0.1',
    port: e.PORT ?? 8080,
    logLevel: e.LOG_LEVEL ?? 'info',
    timeoutMs: e.CCE_TIMEOUT_MS ?? 30_000,
    ...(auth ? { auth } : {}),
    rateLimits: rateLimitsFrom(e),
    approvalsRequired: e.APPROVALS_REQUIRED ?? (auth ? 1 : 0),
    http: Object.fromEntries(
      Object.entries({
        headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
        requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
        keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
        idleTimeoutMs: e.HTTP_IDLE_TIMEOUT_MS,
        maxConnections: e.HTTP_MAX_CONNECTIONS,
      }).filter(([, value]) => value !== undefined),
    ) as Partial<HttpLimits>,
  };
  if (e.HUAWEICLOUD_SDK_AK && e.HUAWEICLOUD_SDK_SK && e.HUAWEICLOUD_SDK_PROJECT_ID && e.HUAWEICLOUD_SDK_REGION) {
    const region = e.HUAWEICLOUD_SDK_REGION;
    return {
      ...common,
      mode: 'real',
      auditLogPath: auditLogPath('audit.jsonl'),
      ...storage(false),
      region,
      projectId: e.HUAWEICLOUD_SDK_PROJECT_ID,
      endpoint: (e.CCE_ENDPOINT ?? `https://cce.${region}.myhuaweicloud.com`).replace(/\/+$/, ''),
      credentials: new Credentials(e.HUAWEICLOUD_SDK_AK, e.HUAWEICLOUD_SDK_SK),
      ...(e.KUBECONFIG_DIR ? { kubeconfigDir: e.KUBECONFIG_DIR } : {}),
    };
  }
  return {
    ...common,
    mode: 'demo',
    auditLogPath: auditLogPath('demo-audit.jsonl'),
    ...storage(true),
    simulatorPort: e.SIMULATOR_PORT ?? 0,
    simulatorUpgradeMs: (e.SIMULATOR_UPGRADE_SECONDS ?? 120) * 1000,
    ...(e.SIMULATOR_PRECHECK_SECONDS === undefined ? {} : { simulatorPreCheckMs: e.SIMULATOR_PRECHECK_SECONDS * 1000 }),
  };
}
