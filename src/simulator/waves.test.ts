import { describe, expect, it } from 'vitest';
import type { ClusterUpgradeAction, NodePriority } from '../shared/upgrade-request';
import { demoClusters, handLabelledNodes } from './app';
import type { SimCluster } from './model';
import { seedState } from './seed/clusters';
import { planWaves } from './waves';

const prod = (): SimCluster => seedState().clusters.get(demoClusters['prod-payments'].id)!;
const poolId = (cluster: SimCluster, name: string) => cluster.pools.find((pool) => pool.metadata.name === name)!.metadata.uid;
const nameOf = (cluster: SimCluster) => (uid: string) => cluster.nodes.find((node) => node.metadata.uid === uid)!.metadata.name;

function action(pool: string, batches: NodePriority[], step = 4): ClusterUpgradeAction {
  return {
    targetVersion: 'v1.29',
    strategy: { type: 'inPlaceRollingUpdate', inPlaceRollingUpdate: { userDefinedStep: step } },
    nodePoolOrder: { [pool]: 10 },
    nodeOrder: { [pool]: batches },
  };
}

describe('planWaves', () => {
  it('puts the hand-labelled canary first: the simulated CCE sees labels that CCE data alone cannot show', () => {
    const cluster = prod();
    const general = poolId(cluster, 'general-x86');
    const waves = planWaves(cluster, action(general, [{ nodeSelector: { key: 'upgrade-wave', operator: 'in', value: ['canary'] }, priority: 5 }]));
    const [canary] = handLabelledNodes('prod-payments', 'upgrade-wave', 'canary').filter((node) => node.poolName === 'general-x86');
    expect(waves[0]?.map(nameOf(cluster))).toEqual([canary?.name]);
    expect(waves.flat()).toHaveLength(cluster.nodes.length);
  });

  it('matches numeric labels with gt, and keeps a wave inside one batch', () => {
    const cluster = prod();
    const general = poolId(cluster, 'general-x86');
    const waves = planWaves(cluster, action(general, [{ nodeSelector: { key: 'rack-index', operator: 'gt', value: ['6'] }, priority: 1 }], 8));
    // Positions 7, 8, 9, 17, 18, 19 of the pool's 24 nodes: waves of 1, 2 and 3 before the unmatched rest.
    const racks = waves.slice(0, 3).map((wave) => wave.map((uid) => Number(cluster.handLabels.get(uid)?.['rack-index'])));
    expect(racks.map((wave) => wave.length)).toEqual([1, 2, 3]);
    expect(racks.flat().every((rack) => rack > 6)).toBe(true);
    expect(cluster.handLabels.get(waves[3]![0]!)?.['rack-index']).not.toMatch(/^[789]$/);
  });
});
