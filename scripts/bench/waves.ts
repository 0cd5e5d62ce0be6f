import type { PlanningNode, PlanningPool } from '../../src/shared/inventory';
import type { NodePriority } from '../../src/shared/upgrade-request';
import { computeWaves, type WaveAction } from '../../src/shared/waves';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function timeRuns(runs: number, work: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** A fleet the size of the budget: 5,000 nodes in 100 pools, 300 batches (3 per pool), every pool ordered. */
function fleet(): { pools: PlanningPool[]; nodes: PlanningNode[]; action: WaveAction } {
  const poolIds = Array.from({ length: 100 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
  const nodes: PlanningNode[] = Array.from({ length: 5000 }, (_, i) => ({
    uid: `node-${i}`,
    name: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    poolId: poolIds[(i * 7) % 100]!,
    privateIp: '',
    zone: `cn-north-4${'abc'[i % 3]}`,
    flavor: 'c7.xlarge.2',
    phase: 'Active',
    labels: { 'upgrade-wave': ['canary', 'early', 'late', 'none'][i % 4]!, rack: String(i % 10), 'topology.kubernetes.io/zone': `cn-north-4${'abc'[i % 3]}` },
  }));
  const pools = poolIds.map((id, i) => ({ id, name: `pool-${i}`, flavors: [], zones: [], architecture: 'amd64', nodeCount: 50 }));
  const batches: NodePriority[] = [
    { nodeSelector: { key: 'upgrade-wave', operator: 'in', value: ['canary'] }, priority: 3 },
    { nodeSelector: { key: 'rack', operator: 'lt', value: ['5'] }, priority: 2 },
    { nodeSelector: { key: 'upgrade-wave', operator: 'notin', value: ['late'] }, priority: 1 },
  ];
  return {
    pools,
    nodes,
    action: {
      strategy: { type: 'inPlaceRollingUpdate', inPlaceRollingUpdate: { userDefinedStep: 20, scope: 'Cluster' } },
      nodePoolOrder: Object.fromEntries(poolIds.map((id, i) => [id, 100 - i])),
      nodeOrder: Object.fromEntries(poolIds.map((id) => [id, batches])),
    },
  };
}

/** Median wave computation, and the same against sorting the node list by name, measured in the same run. */
export function wavesBench() {
  const { pools, nodes, action } = fleet();
  for (let i = 0; i < 20; i++) computeWaves(pools, nodes, action);
  const waves = timeRuns(50, () => computeWaves(pools, nodes, action));
  const sort = timeRuns(50, () => [...nodes].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
  return { median: waves, sortMedian: sort };
}
