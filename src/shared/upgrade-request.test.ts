import { describe, expect, it } from 'vitest';
import { fieldIssues } from './issues';
import { upgradeRequestSchema } from './upgrade-request';

const POOL = '3c9e7a52-1111-4222-8333-944455556666';

function body(action: Record<string, unknown> = {}) {
  return {
    metadata: { apiVersion: 'v3', kind: 'UpgradeTask' },
    spec: {
      clusterUpgradeAction: {
        targetVersion: 'v1.29',
        strategy: { type: 'inPlaceRollingUpdate', inPlaceRollingUpdate: { userDefinedStep: 20 } },
        ...action,
      },
    },
  };
}

const selector = (operator: string, value?: string[]) => body({ nodeOrder: { [POOL]: [{ nodeSelector: { key: 'upgrade-wave', operator, ...(value ? { value } : {}) }, priority: 5 }] } });

function issuesOf(input: unknown) {
  const result = upgradeRequestSchema.safeParse(input);
  return result.success ? [] : fieldIssues(result.error);
}

describe('upgradeRequestSchema', () => {
  it('accepts the reference minimal and planner-style bodies', () => {
    expect(issuesOf(body())).toEqual([]);
    expect(
      issuesOf(
        body({
          targetVersion: 'v1.29.13-r10',
          isOnlyUpgrade: true,
          strategy: { type: 'inPlaceRollingUpdate', inPlaceRollingUpdate: { userDefinedStep: 10, scope: 'NodePool' } },
          nodePoolOrder: { DefaultPool: 1, [POOL]: 5 },
          nodeOrder: {
            [POOL]: [
              { nodeSelector: { key: 'kubernetes.io/hostname', operator: 'in', value: ['192.168.0.21', '192.168.0.22'] }, priority: 10 },
              { nodeSelector: { key: 'upgrade-wave', operator: 'exists' }, priority: 5 },
            ],
          },
          addons: [{ addonTemplateName: 'coredns', operation: 'patch', version: '1.29.5', values: { basic: {}, custom: {}, flavor: {} } }],
        }),
      ),
    ).toEqual([]);
  });

  it.each([
    ['in', ['canary'], true],
    ['in', [], false],
    ['in', undefined, false],
    ['notin', ['a', 'b'], true],
    ['notin', [], false],
    ['exists', undefined, true],
    ['exists', ['x'], false],
    ['!', [], true],
    ['!', ['x'], false],
    ['gt', ['3'], true],
    ['lt', ['2'], true],
    ['lt', ['1.5'], false],
    ['gt', ['3', '4'], false],
    ['lt', ['three'], false],
    ['gt', undefined, false],
  ])('operator %s with values %j valid=%s', (operator, value, valid) => {
    const issues = issuesOf(selector(operator, value));
    if (valid) expect(issues).toEqual([]);
    else expect(issues.map((i) => i.path)).toEqual([`spec.clusterUpgradeAction.nodeOrder.${POOL}.0.nodeSelector.value`]);
  });

  it('refuses operators CCE does not document', () => {
    expect(issuesOf(selector('=', ['a'])).map((i) => i.path)).toContain(`spec.clusterUpgradeAction.nodeOrder.${POOL}.0.nodeSelector.operator`);
  });

  it.each([
    [0, false],
    [1, true],
    [40, true],
    [41, false],
    [2.5, false],
  ])('userDefinedStep %s valid=%s', (step, valid) => {
    const issues = issuesOf(body({ strategy: { type: 'inPlaceRollingUpdate', inPlaceRollingUpdate: { userDefinedStep: step } } }));
    expect(issues.length === 0).toBe(valid);
    if (!valid) expect(issues[0]?.path).toBe('spec.clusterUpgradeAction.strategy.inPlaceRollingUpdate.userDefinedStep');
  });

  it('names every bad field at once', () => {
    const paths = issuesOf(
      body({
        targetVersion: '1.29',
        strategy: { type: 'blueGreen', inPlaceRollingUpdate: { userDefinedStep: 99, scope: 'Zone' } },
        nodePoolOrder: { 'not a pool': 1 },
        addons: [{ addonTemplateName: 'coredns', operation: 'install', version: '1.0.0' }],
        isSnapshot: true,
      }),
    ).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'spec.clusterUpgradeAction.targetVersion',
        'spec.clusterUpgradeAction.strategy.type',
        'spec.clusterUpgradeAction.strategy.inPlaceRollingUpdate.userDefinedStep',
        'spec.clusterUpgradeAction.strategy.inPlaceRollingUpdate.scope',
        'spec.clusterUpgradeAction.nodePoolOrder.not a pool',
        'spec.clusterUpgradeAction.addons.0.operation',
        'spec.clusterUpgradeAction',
      ]),
    );
  });

  it('refuses the same add-on patched twice', () => {
    const patch = { addonTemplateName: 'coredns', operation: 'patch', version: '1.29.5' };
    expect(issuesOf(body({ addons: [patch, patch] })).map((i) => i.path)).toEqual(['spec.clusterUpgradeAction.addons.1.addonTemplateName']);
  });

  it('refuses negative priorities and a wrong kind', () => {
    const paths = issuesOf({ ...body({ nodePoolOrder: { DefaultPool: -1 } }), metadata: { apiVersion: 'v3', kind: 'Upgrade' } }).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['metadata.kind', 'spec.clusterUpgradeAction.nodePoolOrder.DefaultPool']));
  });
});
