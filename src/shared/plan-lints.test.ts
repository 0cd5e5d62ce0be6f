import { describe, expect, it } from 'vitest';
import type { PlanningNode, PlanningPool } from './inventory';
import type { Estimate, MaintenanceWindow } from './duration-model';
import { describeLint, lintPlan, lintSeverity, scheduleLints, type PlanLint } from './plan-lints';
import { computeWaves, type WaveAction } from './waves';

const pool = (id: string, nodeCount: number): PlanningPool => ({ id, name: id === 'DefaultPool' ? id : `pool-${id.slice(0, 4)}`, flavors: [], zones: [], architecture: 'amd64', nodeCount });
const GPU = '11111111-1111-4111-8111-111111111111';
const MISSING = '99999999-9999-4999-8999-999999999999';
const pools = [pool('DefaultPool', 2), pool(GPU, 3)];
const node = (i: number, poolId: string, labels: Record<string, string>): PlanningNode => ({
  uid: `n${i}`, name: `10.0.0.${i}`, poolId, privateIp: `10.0.0.${i}`, zone: '', flavor: '', phase: 'Active', labels,
});
const nodes = [
  node(1, 'DefaultPool', {}),
  node(2, 'DefaultPool', {}),
  node(3, GPU, { 'upgrade-wave': 'canary', gpu: 'a100' }),
  node(4, GPU, { 'upgrade-wave': 'canary', gpu: 'a100' }),
  node(5, GPU, { gpu: 't4' }),
];

function lint(action: Partial<WaveAction>) {
  const full: WaveAction = { strategy: { type: 'inPlaceRollingUpdate', inPlaceRollingUpdate: { userDefinedStep: 2 } }, ...action };
  return lintPlan(pools, nodes, full, computeWaves(pools, nodes, full));
}

describe('lintPlan', () => {
  it('finds nothing to say about a clean plan', () => {
    expect(lint({ nodeOrder: { [GPU]: [{ nodeSelector: { key: 'gpu', operator: 'exists' }, priority: 1 }] } })).toEqual([]);
  });

  it('names pools the cluster does not have', () => {
    expect(lint({ nodePoolOrder: { [MISSING]: 3 }, nodeOrder: { [MISSING]: [{ nodeSelector: { key: 'a', operator: 'exists' }, priority: 1 }] } })).toEqual([
      { kind: 'unknown-pool', poolId: MISSING, field: 'nodePoolOrder' },
      { kind: 'unknown-pool', poolId: MISSING, field: 'nodeOrder' },
    ]);
  });

  it('flags a selector matching nothing, a key absent from the pool, overlaps and uncovered nodes', () => {
    const lints = lint({
      nodeOrder: {
        [GPU]: [
          { nodeSelector: { key: 'upgrade-wave', operator: 'in', value: ['canary'] }, priority: 3 },
          { nodeSelector: { key: 'gpu', operator: 'in', value: ['a100'] }, priority: 2 },
          { nodeSelector: { key: 'team', operator: 'exists' }, priority: 1 },
        ],
      },
    });
    expect(lints).toEqual([
      { kind: 'label-key-absent', poolId: GPU, batch: 2, key: 'team' },
      { kind: 'selector-matches-nothing', poolId: GPU, batch: 2 },
      { kind: 'nodes-in-two-batches', poolId: GPU, nodes: ['10.0.0.3', '10.0.0.4'], batches: [0, 1] },
      { kind: 'uncovered-nodes', poolId: GPU, count: 1, waves: [4] },
    ]);
    const words = lints.map((l) => describeLint(l, (id) => (id === GPU ? 'gpu-pool' : id)));
    expect(words).toContain('2 nodes in gpu-pool match both batch 1 and batch 2; each goes with the higher priority.');
    expect(words).toContain('1 node in gpu-pool matches no batch; it upgrades last in that pool (wave 4).');
  });

  it('says "1 node … matches" for one node in two batches, not "1 node … match"', () => {
    const words = describeLint({ kind: 'nodes-in-two-batches', poolId: GPU, nodes: ['10.0.0.3'], batches: [0, 2] }, () => 'gpu-pool');
    expect(words).toBe('1 node in gpu-pool matches both batch 1 and batch 3; it goes with the higher priority.');
  });

  it('does not call an absent key a mistake for "!" and "notin"', () => {
    expect(lint({ nodeOrder: { [GPU]: [{ nodeSelector: { key: 'team', operator: '!' }, priority: 1 }] } })).toEqual([]);
  });

  it('says nothing about a step larger than the cluster: the default step on a small cluster is no mistake', () => {
    expect(lint({ strategy: { type: 'inPlaceRollingUpdate', inPlaceRollingUpdate: { userDefinedStep: 20 } } })).toEqual([]);
  });
});

describe('scheduleLints', () => {
  const estimate = (low: number, high: number): Estimate => ({ phases: [], total: { low, high } });
  const window = (minutes: number): MaintenanceWindow => ({ start: '2026-03-28T22:00', timeZone: 'Europe/Berlin', minutes });
  const words = (lints: PlanLint[]) => lints.map((l) => `${lintSeverity(l)}: ${describeLint(l, (id) => id)}`);

  it('finds nothing to say about a plan that fits its window and a working day', () => {
    expect(scheduleLints(estimate(200, 480), window(480))).toEqual([]);
    expect(scheduleLints(estimate(200, 480), undefined)).toEqual([]);
  });

  it('warns when the high end passes 8 hours, in hours and minutes', () => {
    const lints = scheduleLints(estimate(300, 2400.25), undefined);
    expect(lints).toEqual([{ kind: 'long-plan', highMinutes: 2400.25 }]);
    expect(words(lints)).toEqual(['warning: The upgrade may take up to 40 h 1 min, longer than 8 h.']);
  });

  it('warns when the high end runs past the window, by how much', () => {
    const lints = scheduleLints(estimate(100, 260), window(240));
    expect(lints).toEqual([{ kind: 'window-overrun', overrunMinutes: 20, windowMinutes: 240 }]);
    expect(words(lints)).toEqual(['warning: The upgrade may run 20 min past the end of its 4 h maintenance window.']);
    expect(words(scheduleLints(estimate(100, 600), window(90)))).toEqual([
      'warning: The upgrade may take up to 10 h, longer than 8 h.',
      'warning: The upgrade may run 8 h 30 min past the end of its 1 h 30 min maintenance window.',
    ]);
  });
});
