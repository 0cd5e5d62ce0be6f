import pino from 'pino';
import type { ClusterSnapshot } from '../../src/shared/cluster-snapshot';
import { snapshotInventory } from '../../src/shared/cluster-snapshot';
import { emptyPlan } from '../../src/shared/plan';
import { describeRevisionChange } from '../../src/shared/revision-diff';
import { snapshotDrift } from '../../src/shared/snapshot-drift';
import { computeWaves } from '../../src/shared/waves';
import { toUpgradeRequest } from '../../src/shared/plan';
import { startDemoUpstream } from '../../src/server/demo';
import { readCce, takeSnapshot } from '../../src/server/plans/take-snapshot';
import { demoClusters } from '../../src/simulator/seed/demo-clusters';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function timed(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/**
 * What reviewed plans cost on the 2,000-node demo cluster. The snapshot a save and every plan submit take, against the
 * node list it must read anyway (the baseline, measured alternately in the same loop); the drift check and the
 * revision diff, against computing the waves once (which the preview does on every edit).
 */
export async function plansBench(runs = 15) {
  const demo = await startDemoUpstream({ mode: 'demo', host: '127.0.0.1', port: 0, logLevel: 'silent', timeoutMs: 30_000, simulatorPort: 0, simulatorUpgradeMs: 600_000 });
  const log = pino({ level: 'silent' });
  const source = { upstream: demo.upstream, kubeconfigs: demo.kubeconfigs, kubernetesTimeoutMs: 10_000 };
  const cluster = demoClusters['big-analytics'].id;
  try {
    const snapshots: number[] = [];
    const nodeLists: number[] = [];
    let snapshot: ClusterSnapshot | undefined;
    for (let i = 0; i < runs; i += 1) {
      nodeLists.push(await timed(() => readCce(source, 'listNodes', { cluster_id: cluster }, [['limit', '2000']], log)));
      snapshots.push(await timed(async () => (snapshot = await takeSnapshot(source, cluster, log))));
    }
    if (!snapshot) throw new Error('no snapshot taken');
    const taken = snapshot;
    // One node relabelled and one added: the drift check still reads every node.
    const [first, ...rest] = taken.nodes;
    const changed: ClusterSnapshot = { ...taken, nodes: [{ ...first!, labels: { ...first!.labels, 'upgrade-wave': 'late' } }, ...rest, { ...first!, uid: 'zz-new', name: 'new-node' }] };
    const before = { ...emptyPlan(cluster), targetVersion: 'v1.30', userDefinedStep: 20 };
    const after = { ...before, userDefinedStep: 10 };
    const { pools, nodes } = snapshotInventory(taken);
    const drift: number[] = [];
    const diff: number[] = [];
    const waves: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      waves.push(await timed(() => computeWaves(pools, nodes, toUpgradeRequest(after).spec.clusterUpgradeAction)));
      drift.push(await timed(() => snapshotDrift(taken, changed, null, Date.now())));
      diff.push(
        await timed(() =>
          describeRevisionChange({ plan: before, poolNames: {}, snapshot: taken, acceptedRisks: [] }, { plan: after, poolNames: {}, snapshot: changed, acceptedRisks: [] }),
        ),
      );
    }
    return {
      nodes: taken.nodes.length,
      snapshotMs: median(snapshots),
      snapshotToNodeList: median(snapshots) / median(nodeLists),
      driftMs: median(drift),
      driftToWaves: median(drift) / median(waves),
      diffMs: median(diff),
      diffToWaves: median(diff) / median(waves),
    };
  } finally {
    await demo.simulator.close();
  }
}
