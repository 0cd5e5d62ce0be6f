import { describe, expect, it } from 'vitest';
import { addonTemplateSchema, preCheckTaskSchema } from './cce-responses';
import { preCheckFindings, preCheckState, riskAcceptance, skippedCheckItems } from './pre-check';
import { planChanges, submitBlockers } from './pre-check-verdict';
import './zod-messages'; // the English of the messages asserted here, as the BFF and the CLI load it

const NOW = Date.UTC(2026, 2, 1, 10, 0);
const item = (name: string, extra: Record<string, unknown> = {}) => ({ name, kind: 'Risk', group: 'NodeCheck', level: 'Warning', phase: 'Failed', message: `${name} failed`, ...extra });

const task = (status: Record<string, unknown>) =>
  preCheckTaskSchema.parse({ metadata: { uid: 'pc-1' }, spec: {}, status: { phase: 'Success', expireTimeStamp: '2026-03-01 11:00:00.000000 +0000 UTC', ...status } });

const checked = task({
  clusterCheckStatus: { itemsStatus: [item('ClusterLimit', { kind: 'Exception', group: 'LimitCheck' }), item('Skipped', { phase: 'Success', message: 'Skipped: accepted' })] },
  addonCheckStatus: { itemsStatus: [item('AddonVersion', { kind: 'Exception', group: 'AddonCheck', riskSource: { addonRisks: [{ addonTemplateName: 'coredns' }] } })] },
  nodeCheckStatus: {
    nodeStageStatus: [
      { nodeInfo: { uid: 'n-1', name: 'node-1' }, itemsStatus: [item('NodeKernel')] },
      { nodeInfo: { uid: 'n-2', name: 'node-2' }, itemsStatus: [item('NodeKernel'), item('NodeDisk', { phase: 'Success' })] },
    ],
  },
});

const coredns = addonTemplateSchema.parse({
  metadata: { name: 'coredns' },
  spec: { versions: [{ version: '1.28.7', supportVersions: [{ clusterVersion: ['v1.2[7-9].*'] }] }, { version: '1.25.1', supportVersions: [{ clusterVersion: ['v1.25.*'] }] }] },
});
const plan = { clusterId: 'c-1', targetVersion: 'v1.27', addons: [] };
const clusterKind = { clusterType: 'VirtualMachine', category: 'CCE' };

describe('pre-check findings', () => {
  it('reports only failed items, grouped by where they were found, one node finding naming every node', () => {
    const findings = preCheckFindings(checked);
    expect(findings.map((f) => [f.scope, f.name, f.kind, f.nodes.map((n) => n.name), f.addons])).toEqual([
      ['cluster', 'ClusterLimit', 'Exception', [], []],
      ['addons', 'AddonVersion', 'Exception', [], ['coredns']],
      ['nodes', 'NodeKernel', 'Risk', ['node-1', 'node-2'], []],
    ]);
  });

  it('skips accepted node risks on exactly their nodes, and cluster risks everywhere', () => {
    const nodeRisk = preCheckFindings(checked)[2]!;
    expect(skippedCheckItems([riskAcceptance(nodeRisk, 'kernel patched next week'), { name: 'Quota', reason: 'quota raised already' }])).toEqual([
      { name: 'NodeKernel', resourceSelector: { key: 'node.uid', operator: 'In', values: ['n-1', 'n-2'] } },
      { name: 'Quota' },
    ]);
    expect(skippedCheckItems([{ name: 'X', nodeUids: ['a'], reason: '..........' }, { name: 'X', reason: '..........' }])).toEqual([{ name: 'X' }]);
  });

  it('tells a running, failed and expired check apart', () => {
    expect(preCheckState(task({ phase: 'Running' }), NOW)).toEqual({ state: 'running', phase: 'Running' });
    expect(preCheckState(task({ phase: 'Error', message: 'agent unreachable' }), NOW)).toEqual({ state: 'error', message: 'agent unreachable' });
    expect(preCheckState(checked, Date.UTC(2026, 2, 1, 11, 0))).toEqual({ state: 'expired', expiredAt: Date.UTC(2026, 2, 1, 11, 0) });
    expect(preCheckState(checked, NOW).state).toBe('done');
  });
});

describe('submit blockers', () => {
  const done = preCheckState(checked, NOW);

  it('blocks on every unresolved exception and unaccepted risk, by name', () => {
    const blockers = submitBlockers({ check: done, changes: [], accepted: [], plan, templates: [coredns], clusterKind });
    expect(blockers).toEqual([
      { code: 'exception', name: 'ClusterLimit' },
      { code: 'exception', name: 'AddonVersion' },
      { code: 'risk', name: 'NodeKernel' },
    ]);
  });

  it('counts an add-on exception as resolved when the plan patches the add-on to a version supporting the target', () => {
    const accepted = [{ name: 'NodeKernel', nodeUids: ['n-1', 'n-2'], reason: 'kernel patched next week' }];
    const patched = (version: string) => ({ ...plan, addons: [{ addonTemplateName: 'coredns', operation: 'patch' as const, version }] });
    expect(submitBlockers({ check: done, changes: [], accepted, plan: patched('1.28.7'), templates: [coredns], clusterKind })).toHaveLength(1);
    expect(submitBlockers({ check: done, changes: [], accepted, plan: patched('1.25.1'), templates: [coredns], clusterKind })).toHaveLength(2);
  });

  it('blocks a missing, running, failed, expired or outdated check', () => {
    const base = { changes: [], accepted: [], plan, templates: [], clusterKind };
    const blocker = (input: Partial<Parameters<typeof submitBlockers>[0]>) => submitBlockers({ ...base, check: undefined, ...input });
    expect(blocker({})).toEqual([{ code: 'not-run' }]);
    expect(blocker({ check: { state: 'running', phase: 'Init' } })).toEqual([{ code: 'running' }]);
    expect(blocker({ check: { state: 'error', message: 'agent unreachable' } })).toEqual([{ code: 'error', message: 'agent unreachable' }]);
    expect(blocker({ check: { state: 'expired', expiredAt: NOW } })).toEqual([{ code: 'expired' }]);
    expect(blocker({ check: { state: 'done', findings: [] } })).toEqual([]);
    const changes = planChanges(plan, { ...plan, clusterId: 'c-2', targetVersion: 'v1.28' });
    expect(changes).toEqual(['cluster', 'target-version']);
    expect(blocker({ changes, check: { state: 'done', findings: [] } })).toEqual([{ code: 'changed', changes }]);
  });
});
