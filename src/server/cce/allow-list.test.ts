import { describe, expect, it } from 'vitest';
import { BffHttpError } from '../errors';
import { matchOperation } from './allow-list';

const P = '0123456789abcdef0123456789abcdef';
const C = '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7';

function failure(method: string, url: string) {
  try {
    matchOperation(method, url, P);
  } catch (error) {
    if (error instanceof BffHttpError) return { status: error.status, code: error.code, message: error.message };
    throw error;
  }
  throw new Error(`${method} ${url} was allowed`);
}

describe('matchOperation', () => {
  it.each([
    ['GET', `/v3/projects/${P}/clusters`, 'listClusters'],
    ['GET', `/v3/projects/${P}/clusters/${C}?detail=true`, 'showCluster'],
    ['GET', `/v3/projects/${P}/clusters/${C}/upgradeinfo`, 'showUpgradeInfo'],
    ['GET', '/v3/clusterupgradepaths', 'listUpgradePaths'],
    ['GET', `/v3/projects/${P}/clusters/${C}/nodepools?showDefaultNodePool=true`, 'listNodePools'],
    ['GET', `/v3/projects/${P}/clusters/${C}/nodes?limit=2000`, 'listNodes'],
    ['GET', `/v3/addons?cluster_id=${C}`, 'listAddonInstances'],
    ['GET', '/v3/addontemplates?addon_template_name=coredns', 'listAddonTemplates'],
    ['GET', `/v3/projects/${P}/clusters/${C}/operation/upgrade/tasks`, 'listUpgradeTasks'],
    ['GET', `/v3/projects/${P}/clusters/${C}/operation/upgrade/tasks/${C}`, 'showUpgradeTask'],
    ['POST', `/v3/projects/${P}/clusters/${C}/operation/upgrade`, 'upgradeCluster'],
    ['POST', `/v3/projects/${P}/clusters/${C}/operation/upgrade/retry`, 'retryUpgrade'],
  ])('allows %s %s as %s', (method, url, name) => {
    const match = matchOperation(method, url, P);
    expect(match.name).toBe(name);
    expect(url).toContain(match.path);
  });

  it.each([
    ['DELETE', `/v3/projects/${P}/clusters/${C}`],
    ['POST', `/v3/projects/${P}/clusters`],
    ['GET', `/v3/projects/${P}/clusters/${C}/operation/upgrade`],
    ['GET', `/v3/projects/${P}/clusters/${C}/operation/upgrade/retry`],
    ['POST', `/v3/projects/${P}/clusters/${C}/nodepools/${C}/operation/upgrade`],
    ['GET', `/v3/projects/${P}/jobs/${C}`],
    ['GET', '/v3/clusterupgradefeaturegates'],
    ['GET', `/v3/projects/${P}/clusters/${C}/`],
    ['GET', `/v3/projects/${P}/clusters/../clusters/${C}`],
    ['GET', `/v3.1/projects/${P}/clusters/${C}/operation/snapshot/tasks`],
    ['GET', 'http://evil.example/v3/clusterupgradepaths'],
    ['GET', ''],
  ])('refuses %s %s with 404', (method, url) => {
    expect(failure(method, url)).toMatchObject({ status: 404, code: 'BFF.NOT_ALLOWED' });
  });

  it.each([
    ['an encoded slash', `/v3/projects/${P}/clusters/${C}%2Fnodes`],
    ['a dot segment', `/v3/projects/${P}/clusters/..`],
    ['an upper-case id', `/v3/projects/${P}/clusters/${C.toUpperCase()}`],
    ['an overlong id', `/v3/projects/${P}/clusters/${C}${'a'.repeat(300)}`],
    ['a malformed project id', `/v3/projects/not-a-project/clusters`],
  ])('refuses a path with %s with 400 and says which part', (_, url) => {
    const result = failure('GET', url);
    expect(result.status).toBe(400);
    expect(result.message).toMatch(/(cluster|project) id in the path/);
  });

  it('refuses another project with 403', () => {
    expect(failure('GET', `/v3/projects/${'f'.repeat(32)}/clusters`)).toMatchObject({ status: 403, code: 'BFF.FORBIDDEN_PROJECT' });
  });

  it.each([
    ['an unknown parameter', `/v3/projects/${P}/clusters?evil=1`, /"evil" is not allowed/],
    ['a parameter of another operation', `/v3/projects/${P}/clusters/${C}/nodes?showDefaultNodePool=true`, /not allowed/],
    ['a repeated parameter', `/v3/projects/${P}/clusters/${C}/nodepools?showDefaultNodePool=true&showDefaultNodePool=false`, /more than once/],
    ['a bad value', `/v3/projects/${P}/clusters/${C}/nodes?limit=5000`, /"limit"/],
    ['a missing required parameter', '/v3/addons', /"cluster_id" is required/],
  ])('refuses a query with %s with 400', (_, url, message) => {
    const result = failure('GET', url);
    expect(result.status).toBe(400);
    expect(result.message).toMatch(message);
  });
});
