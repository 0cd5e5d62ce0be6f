import { describe, expect, it } from 'vitest';
import type { ClusterNode, NodePool } from '../shared/cce-responses';
import type { ClusterUpgradeAction } from '../shared/upgrade-request';
import { defaultWavePlanner } from './waves';

const pool = (uid: string): NodePool => ({ metadata: { uid, name: uid }, spec: {} });
const node = (uid: string, poolId: string): ClusterNode => ({
  metadata: { uid, name: uid, ownerReferences: { nodepoolID: poolId } },
  spec: {},
  status: {},
});
const nodes = [...['a1', 'a2', 'a3', 'a4', 'a5'].map((id) => node(id, 'A')), ...['b1', 'b2'].map((id) => node(id, 'B'))];
const action = (step: number, scope: 'Cluster' | 'NodePool', nodePoolOrder?: Record<string, number>): ClusterUpgradeAction => ({
  targetVersion: 'v1.29',
  strategy: { type: 'inPlaceRollingUpdate', inPlaceRollingUpdate: { userDefinedStep: step, scope } },
  ...(nodePoolOrder ? { nodePoolOrder } : {}),
});

describe('defaultWavePlanner', () => {
  it('upgrades smaller pools first and grows batches across pools up to the step', () => {
    expect(defaultWavePlanner({ pools: [pool('A'), pool('B')], nodes, action: action(2, 'Cluster') })).toEqual([
      ['b1'], ['b2'], ['a1', 'a2'], ['a3', 'a4'], ['a5'],
    ]);
  });

  it('restarts batch growth per pool with scope NodePool and follows nodePoolOrder', () => {
    expect(defaultWavePlanner({ pools: [pool('A'), pool('B')], nodes, action: action(4, 'NodePool', { A: 5 }) })).toEqual([
      ['a1'], ['a2', 'a3'], ['a4', 'a5'], ['b1'], ['b2'],
    ]);
  });
});
