import { describe, expect, it } from 'vitest';
import { bffErrorSchema } from '../../shared/bff-api';
import { freshBffPerTest } from '../testing/bff-per-test';
import { SAME_ORIGIN, TEST_CLUSTER, TEST_PROJECT } from '../testing/recording-upstream';
import { planText, submitUpgrade } from '../testing/submit-client';

const { upstream, app, audit } = freshBffPerTest();

/** Splices a second `"key": value` in right after the first occurrence of `after` in the text. */
const withSecond = (text: string, after: string, member: string) => {
  const at = text.indexOf(after);
  if (at < 0) throw new Error(`${after} not in the text`);
  return `${text.slice(0, at + after.length)}${member},${text.slice(at + after.length)}`;
};

function expectDuplicate(response: { statusCode: number; json(): unknown }, message: RegExp, path: string) {
  expect(response.statusCode).toBe(400);
  const error = bffErrorSchema.parse(response.json());
  expect(error.code).toBe('BFF.DUPLICATE_KEY');
  expect(error.message).toMatch(message);
  expect(error.issues).toEqual([{ path, message: 'named more than once' }]);
}

describe('a body that names a key twice', () => {
  it('is refused in the UpgradeCluster text of a submit: CCE hears nothing and the audit line records no body', async () => {
    const plan = JSON.parse(planText());
    plan.spec.clusterUpgradeAction.isOnlyUpgrade = false;
    // Both values present: the schema would have checked the last one, CCE might have read the first.
    const request = withSecond(JSON.stringify(plan), '"clusterUpgradeAction":{', '"isOnlyUpgrade":true');
    const response = await submitUpgrade(app(), { request });
    expectDuplicate(response, /^The upgrade request names "isOnlyUpgrade" twice \(at spec\.clusterUpgradeAction, line 1, column \d+\)/, 'spec.clusterUpgradeAction.isOnlyUpgrade');
    expect(upstream().received).toEqual([]);
    const entries = await audit();
    expect(entries).toEqual([expect.objectContaining({ outcome: 'invalid', errorCode: 'BFF.DUPLICATE_KEY' })]);
    expect(entries[0]).not.toHaveProperty('body');
  });

  it('is refused inside add-on values, however deep', async () => {
    const request = JSON.parse(planText());
    request.spec.clusterUpgradeAction.addons = [{ addonTemplateName: 'coredns', operation: 'patch', version: '1.29.5', values: { flavor: { replicas: 2 } } }];
    const text = withSecond(JSON.stringify(request), '"flavor":{', '"replicas":3');
    const response = await submitUpgrade(app(), { request: text });
    expectDuplicate(response, /names "replicas" twice \(at spec\.clusterUpgradeAction\.addons\.0\.values\.flavor,/, 'spec.clusterUpgradeAction.addons.0.values.flavor.replicas');
    expect(upstream().received).toEqual([]);
  });

  it('is refused in the submit wrapper itself, where two requests would make the audit line and CCE disagree', async () => {
    const body = `{"request":${JSON.stringify(planText(10))},"request":${JSON.stringify(planText(20))}}`;
    expectDuplicate(await submitUpgrade(app(), body), /names "request" twice \(at the top level/, 'request');
    expect(upstream().received).toEqual([]);
    expect((await audit()).map((entry) => entry.outcome)).toEqual(['invalid']);
  });

  it('is refused in a retry body', async () => {
    const response = await app().inject({
      method: 'POST',
      url: `/api/clusters/${TEST_CLUSTER}/upgrade/retry`,
      headers: { ...SAME_ORIGIN, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      payload: '{"taskId":"task-1","taskId":"task-2"}',
    });
    expectDuplicate(response, /retry request names "taskId" twice/, 'taskId');
    expect(upstream().received).toEqual([]);
  });

  const clusterPath = `/api/cce/v3/projects/${TEST_PROJECT}/clusters/${TEST_CLUSTER}/operation`;
  const check = (kind: string) => JSON.stringify({ apiVersion: 'v3', kind, spec: { clusterID: TEST_CLUSTER, targetVersion: 'v1.29' } });
  it.each([
    ['a pre-check', 'precheck', withSecond(check('PreCheckTask'), '"spec":{', '"targetVersion":"v1.31"'), 'spec.targetVersion'],
    ['a post-check', 'postcheck', withSecond(check('PostCheckTask'), '{', '"kind":"PostCheckTask"'), 'kind'],
  ])('is refused in %s the CCE proxy would forward, which then sends nothing', async (_, operation, payload, path) => {
    const post = (body: string) => app().inject({ method: 'POST', url: `${clusterPath}/${operation}`, headers: { ...SAME_ORIGIN, 'content-type': 'application/json' }, payload: body });
    expectDuplicate(await post(payload), /^The request body names "\w+" twice/, path);
    expect(upstream().received).toEqual([]);
    // The same body without the twin goes through byte for byte: only the duplicate was refused.
    const single = check(operation === 'precheck' ? 'PreCheckTask' : 'PostCheckTask');
    await post(single);
    expect(upstream().received.map((call) => call.body)).toEqual([single]);
  });
});
