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

  it('never repeats the secret key in its error message', () => {
    expect(() => loadConfig({ ...real, HUAWEICLOUD_SDK_SK: 'Xq7zK' })).toThrow(/HUAWEICLOUD_SDK_SK: looks too short/);
    expect(() => loadConfig({ ...real, HUAWEICLOUD_SDK_SK: 'Xq7zK' })).not.toThrow(/Xq7zK/);
  });
});
