import { AKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Credentials } from './credentials';
import { signedHeaders } from './signer';

// The vendor's own signer is the oracle: our Authorization header must be the one it computes.
const AK = 'HPUAEXAMPLEAK0000001';
const SK = 'test-only-sk-0123456789abcdefghijklmnopqrstuv';
const PROJECT = '0123456789abcdef0123456789abcdef';
const AT = new Date('2026-03-01T10:15:02Z');

function oracle(method: string, url: URL, data: unknown): string {
  const queryParams: Record<string, string | string[]> = {};
  for (const [name, value] of url.searchParams) {
    const seen = queryParams[name];
    queryParams[name] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  const headers = AKSKSigner.sign(
    {
      endpoint: `${url.origin}${url.pathname}`,
      method,
      headers: { 'Content-Type': 'application/json', 'X-Project-Id': PROJECT },
      queryParams,
      data,
    } as unknown as Parameters<typeof AKSKSigner.sign>[0], // the SDK's request type is wider than what sign() reads
    { getAk: () => AK, getSk: () => SK } as unknown as Parameters<typeof AKSKSigner.sign>[1],
  ) as Record<string, string>;
  return headers.Authorization ?? '';
}

const upgradeBody = {
  metadata: { apiVersion: 'v3', kind: 'UpgradeTask' },
  spec: { clusterUpgradeAction: { targetVersion: 'v1.29', strategy: { type: 'inPlaceRollingUpdate', inPlaceRollingUpdate: { userDefinedStep: 20 } } } },
};

const base = 'https://cce.cn-north-4.myhuaweicloud.com/api/v3';
const cases: Array<{ name: string; method: string; url: string; data?: unknown }> = [
  { name: 'GET without query', method: 'GET', url: `${base}/projects/${PROJECT}/clusters` },
  { name: 'GET with query parameters', method: 'GET', url: `${base}/projects/${PROJECT}/clusters/c1/nodepools?showDefaultNodePool=true&b=2&a=1` },
  { name: 'GET with a repeated parameter', method: 'GET', url: `${base}/addontemplates?tag=zeta&tag=alpha&tag=mid` },
  { name: 'GET with non-ASCII and reserved characters in values', method: 'GET', url: `${base}/addons?cluster_id=c1&name=${encodeURIComponent("café ü/*!'()~ 日本")}` },
  { name: 'GET on a non-default port', method: 'GET', url: `http://127.0.0.1:40123/api/v3/clusterupgradepaths` },
  { name: 'POST with a JSON body', method: 'POST', url: `${base}/projects/${PROJECT}/clusters/c1/operation/upgrade`, data: upgradeBody },
  { name: 'POST with a non-ASCII body', method: 'POST', url: `${base}/projects/${PROJECT}/clusters/c1/operation/upgrade`, data: { note: 'größe 日本語' } },
  { name: 'POST with an empty body', method: 'POST', url: `${base}/projects/${PROJECT}/clusters/c1/operation/upgrade/retry` },
  { name: 'path with characters that need encoding', method: 'GET', url: `${base}/projects/${PROJECT}/clusters/a b~c(1)é` },
  { name: 'path ending in a slash', method: 'GET', url: `${base}/projects/${PROJECT}/clusters/` },
];

describe('signedHeaders', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(AT);
  });
  afterEach(() => vi.useRealTimers());

  it.each(cases)('matches the vendor SDK: $name', async ({ method, url, data }) => {
    const target = new URL(url);
    const headers = signedHeaders(
      { method, url: target, body: data === undefined ? '' : JSON.stringify(data), projectId: PROJECT },
      new Credentials(AK, SK),
      new Date(),
    );
    expect(headers.authorization).toBe(oracle(method, target, data));
    expect(headers['x-sdk-date']).toBe('20260301T101502Z');
  });

  it('differs when one byte of the body differs, and each signature is the vendor SDK\u2019s for its own body', async () => {
    const target = new URL(`${base}/projects/${PROJECT}/clusters/c1/operation/upgrade`);
    const sign = (body: string) => signedHeaders({ method: 'POST', url: target, body, projectId: PROJECT }, new Credentials(AK, SK), AT).authorization;
    expect(sign('{"a":1}')).not.toBe(sign('{"a":2}'));
    expect(sign('{"a":1}')).toBe(oracle('POST', target, { a: 1 }));
    expect(sign('{"a":2}')).toBe(oracle('POST', target, { a: 2 }));
  });

  it('never puts the secret key in a header', async () => {
    const headers = signedHeaders({ method: 'GET', url: new URL(base), body: '', projectId: PROJECT }, new Credentials(AK, SK), AT);
    expect(JSON.stringify(headers)).not.toContain(SK);
  });
});
