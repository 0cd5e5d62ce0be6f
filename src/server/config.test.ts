import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const real = {
  HUAWEICLOUD_SDK_AK: 'AKEXAMPLE0001',
  HUAWEICLOUD_SDK_SK: 'secret-example-0001',
  HUAWEICLOUD_SDK_PROJECT_ID: '0123456789abcdef0123456789abcdef',
  HUAWEICLOUD_SDK_REGION: 'cn-north-4',
};

describe('loadConfig', () => {
  it('runs in demo mode on loopback:8080 when no credentials are set', () => {
    expect(loadConfig({})).toMatchObject({ mode: 'demo', host: '127.0.0.1', port: 8080 });
    expect(loadConfig({ HUAWEICLOUD_SDK_AK: '', HUAWEICLOUD_SDK_SK: '' }).mode).toBe('demo');
  });

  it('times the demo simulator in seconds', () => {
    expect(loadConfig({ SIMULATOR_UPGRADE_SECONDS: '45', SIMULATOR_PRECHECK_SECONDS: '2' })).toMatchObject({ simulatorUpgradeMs: 45_000, simulatorPreCheckMs: 2_000 });
    expect(loadConfig({})).not.toHaveProperty('simulatorPreCheckMs');
    expect(() => loadConfig({ SIMULATOR_PRECHECK_SECONDS: 'soon' })).toThrow(/SIMULATOR_PRECHECK_SECONDS/);
  });

  it('takes the HTTP limits the environment sets and leaves the rest to the defaults', () => {
    expect(loadConfig({}).http).toEqual({});
    expect(loadConfig({ HTTP_REQUEST_TIMEOUT_MS: '20000', HTTP_MAX_CONNECTIONS: '500' }).http).toEqual({ requestTimeoutMs: 20_000, maxConnections: 500 });
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '0' })).toThrow(/HTTP_HEADERS_TIMEOUT_MS/);
  });

  it('needs no approvals without sign-in, and refuses to require them there (nobody else could approve)', () => {
    expect(loadConfig({}).approvalsRequired).toBe(0);
    expect(() => loadConfig({ APPROVALS_REQUIRED: '1' })).toThrow(/APPROVALS_REQUIRED: approvals need sign-in/);
    expect(() => loadConfig({ APPROVALS_REQUIRED: 'two' })).toThrow(/APPROVALS_REQUIRED/);
  });

  it('honours PORT and HOST', () => {
    expect(loadConfig({ PORT: '9090', HOST: '127.0.0.2' })).toMatchObject({ port: 9090, host: '127.0.0.2' });
    expect(loadConfig({ HOST: 'localhost' })).toMatchObject({ host: 'localhost' });
  });

  it('runs in real mode against the regional endpoint, or CCE_ENDPOINT when given', () => {
    expect(loadConfig(real)).toMatchObject({ mode: 'real', endpoint: 'https://cce.cn-north-4.myhuaweicloud.com', region: 'cn-north-4' });
    expect(loadConfig({ ...real, CCE_ENDPOINT: 'https://cce.internal.example:8443/' })).toMatchObject({ endpoint: 'https://cce.internal.example:8443' });
  });

  it.each([
    [{ HUAWEICLOUD_SDK_AK: 'AKEXAMPLE0001' }, /HUAWEICLOUD_SDK_SK: set both/],
    [{ ...real, HUAWEICLOUD_SDK_PROJECT_ID: undefined }, /HUAWEICLOUD_SDK_PROJECT_ID: is required in real mode/],
    [{ ...real, HUAWEICLOUD_SDK_PROJECT_ID: 'my-project' }, /HUAWEICLOUD_SDK_PROJECT_ID: must be 32 lower-case hex/],
    [{ ...real, HUAWEICLOUD_SDK_REGION: 'North 4' }, /HUAWEICLOUD_SDK_REGION: must be a region id/],
    [{ ...real, CCE_ENDPOINT: 'ftp://x' }, /CCE_ENDPOINT: must be an http\(s\) URL/],
    [{ PORT: 'eighty' }, /PORT/],
  ])('fails fast naming the bad variable (%#)', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('takes KUBECONFIG_DIR as an absolute path when it is an existing directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubeconfigs-'));
    try {
      writeFileSync(join(dir, 'not-a-dir.yaml'), '');
      expect(loadConfig({ ...real, KUBECONFIG_DIR: relative(process.cwd(), dir) })).toMatchObject({ mode: 'real', kubeconfigDir: dir });
      expect(loadConfig(real)).not.toHaveProperty('kubeconfigDir');
      for (const bad of [join(dir, 'missing'), join(dir, 'not-a-dir.yaml')]) {
        expect(() => loadConfig({ ...real, KUBECONFIG_DIR: bad })).toThrow(/KUBECONFIG_DIR: must be an existing directory \(the BFF reads <cluster_id>\.yaml kubeconfigs from it\)/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('imports an old audit log from AUDIT_LOG, or from DATA_DIR (demo from a file of its own), as an absolute path', () => {
    expect(loadConfig(real).auditLogPath).toBe(join(process.cwd(), 'data', 'audit.jsonl'));
    expect(loadConfig({}).auditLogPath).toBe(join(process.cwd(), 'data', 'demo-audit.jsonl'));
    expect(loadConfig({ ...real, DATA_DIR: 'state' }).auditLogPath).toBe(join(process.cwd(), 'state', 'audit.jsonl'));
    expect(loadConfig({ ...real, AUDIT_LOG: 'logs/submits.jsonl' }).auditLogPath).toBe(join(process.cwd(), 'logs', 'submits.jsonl'));
  });

  it('keeps state in the embedded database under DATA_DIR, or on PostgreSQL at DATABASE_URL; demo mode apart from real mode', () => {
    expect(loadConfig(real)).toMatchObject({ database: { driver: 'pglite', dataDir: join(process.cwd(), 'data', 'db') }, databaseSchema: 'planner' });
    expect(loadConfig({})).toMatchObject({ database: { driver: 'pglite', dataDir: join(process.cwd(), 'data', 'demo-db') }, databaseSchema: 'planner_demo' });
    expect(loadConfig({ DATA_DIR: '/srv/planner' })).toMatchObject({ database: { dataDir: '/srv/planner/demo-db' } });
    const url = 'postgres://planner:pw@db.internal:5432/planner';
    expect(loadConfig({ ...real, DATABASE_URL: url })).toMatchObject({ database: { driver: 'postgres', url }, databaseSchema: 'planner' });
    expect(loadConfig({ DATABASE_URL: url })).toMatchObject({ databaseSchema: 'planner_demo' });
    expect(loadConfig({ ...real, DATABASE_URL: url, DATABASE_SCHEMA: 'team_a' })).toMatchObject({ databaseSchema: 'team_a' });
    expect(loadConfig({ DATABASE_URL: url, DATABASE_SCHEMA: 'team_a' })).toMatchObject({ databaseSchema: 'team_a_demo' });
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db/planner' })).toThrow(/DATABASE_URL: must be a PostgreSQL URL/);
    expect(() => loadConfig({ DATABASE_SCHEMA: 'Team-A' })).toThrow(/DATABASE_SCHEMA: must be a schema name/);
  });

  it('never repeats the secret key in its error message', () => {
    expect(() => loadConfig({ ...real, HUAWEICLOUD_SDK_SK: 'Xq7zK' })).toThrow(/HUAWEICLOUD_SDK_SK: looks too short/);
    expect(() => loadConfig({ ...real, HUAWEICLOUD_SDK_SK: 'Xq7zK' })).not.toThrow(/Xq7zK/);
  });

  describe('authentication', () => {
    const oidc = {
      OIDC_ISSUER_URL: 'https://login.example.com/realms/platform',
      OIDC_CLIENT_ID: 'planner',
      OIDC_CLIENT_SECRET: 'client-secret-0001',
      PUBLIC_URL: 'https://planner.example.com/',
      OIDC_OPERATOR_GROUPS: 'platform-admins, sre',
    };

    it.each(['0.0.0.0', '::', '10.0.0.5', 'planner.internal'])('refuses to listen on %s without authentication, saying why', (host) => {
      expect(() => loadConfig({ HOST: host })).toThrow(
        new RegExp(`HOST: ${host.replace(/\./g, '\\.')} is not a loopback address and authentication is not configured: whoever reaches the planner could upgrade every cluster`),
      );
    });

    it('needs one approval from another operator with sign-in, unless APPROVALS_REQUIRED says otherwise', () => {
      expect(loadConfig(oidc).approvalsRequired).toBe(1);
      expect(loadConfig({ ...oidc, APPROVALS_REQUIRED: '2' }).approvalsRequired).toBe(2);
      expect(loadConfig({ ...oidc, APPROVALS_REQUIRED: '0' }).approvalsRequired).toBe(0);
    });

    it('listens anywhere once sign-in is configured, with defaults for the rest', () => {
      expect(loadConfig({ ...oidc, HOST: '0.0.0.0' })).toMatchObject({
        host: '0.0.0.0',
        auth: {
          clientId: 'planner',
          publicOrigin: 'https://planner.example.com',
          redirectUrl: 'https://planner.example.com/api/auth/callback',
          roleClaim: 'groups',
          operatorGroups: ['platform-admins', 'sre'],
          viewerGroups: [],
          sessionTtlSeconds: 28_800,
        },
        rateLimits: { loginPerMinute: 20, submitPerMinute: 10 },
      });
      expect(loadConfig({})).not.toHaveProperty('auth');
    });

    it.each([
      [{ ...oidc, OIDC_CLIENT_SECRET: undefined }, /OIDC_CLIENT_SECRET: is required when OIDC_ISSUER_URL is set/],
      [{ ...oidc, PUBLIC_URL: 'http://planner.example.com' }, /PUBLIC_URL: must use https/],
      [{ ...oidc, OIDC_CLUSTER_ALLOWLIST: '{"sre": "all"}' }, /OIDC_CLUSTER_ALLOWLIST: must map each group to a list of cluster ids/],
      [{ ...oidc, OIDC_CLUSTER_ALLOWLIST: 'sre=*' }, /OIDC_CLUSTER_ALLOWLIST: must be JSON/],
    ])('names a bad or missing sign-in variable (%#)', (env, message) => {
      expect(() => loadConfig(env)).toThrow(message);
    });

    it('takes a cluster allow-list per group', () => {
      const allowlist = { sre: ['*'], payments: ['6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7'] };
      expect(loadConfig({ ...oidc, OIDC_CLUSTER_ALLOWLIST: JSON.stringify(allowlist) }).auth?.clusterAllowlist).toEqual(allowlist);
    });
  });

  it('reads AK, SK and the client secret from mounted files, never repeating their content', () => {
    const dir = mkdtempSync(join(tmpdir(), 'secrets-'));
    try {
      writeFileSync(join(dir, 'ak'), 'AKFROMFILE0001\n');
      writeFileSync(join(dir, 'sk'), 'sk-from-a-mounted-file-0001\n');
      const files = { ...real, HUAWEICLOUD_SDK_AK: undefined, HUAWEICLOUD_SDK_SK: undefined, HUAWEICLOUD_SDK_AK_FILE: join(dir, 'ak'), HUAWEICLOUD_SDK_SK_FILE: join(dir, 'sk') };
      const config = loadConfig(files);
      expect(config.mode === 'real' && [config.credentials.accessKey(), config.credentials.secret()]).toEqual(['AKFROMFILE0001', 'sk-from-a-mounted-file-0001']);
      expect(() => loadConfig({ ...files, HUAWEICLOUD_SDK_SK: 'sk-also-in-env-0001' })).toThrow(/HUAWEICLOUD_SDK_SK_FILE: set HUAWEICLOUD_SDK_SK or HUAWEICLOUD_SDK_SK_FILE, not both/);
      expect(() => loadConfig({ ...files, HUAWEICLOUD_SDK_SK_FILE: join(dir, 'missing') })).toThrow(/HUAWEICLOUD_SDK_SK_FILE: cannot read .*missing \(ENOENT\)/);
      writeFileSync(join(dir, 'sk'), 'Xq7zK');
      expect(() => loadConfig(files)).toThrow(/HUAWEICLOUD_SDK_SK: looks too short/);
      expect(() => loadConfig(files)).not.toThrow(/Xq7zK/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
