import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClusterSnapshot } from '../../src/shared/cluster-snapshot';
import { type Plan, serializeUpgradeRequest, toUpgradeRequest } from '../../src/shared/plan';
import type { PlanFile } from '../../src/shared/plan-file';
import { planFileOf } from '../../src/server/plans/plan-file';
import { CLUSTER_ID, nodesIn, POOLS, snapshotOf } from '../../src/shared/testing/snapshots';
import { snapshotSha256 } from '../../src/server/plans/snapshot-hash';
import { canonicalSha256 } from '../../src/server/submit/plan-hash';

// Test-only: a plan file as the BFF writes one, hashes from the real functions, for a small demo-like cluster.

/** general-x86: web-1 labelled canary, web-2 … web-6 main; gpu-inference: web-7 and web-8, unlabelled. */
export const snapshot: ClusterSnapshot = snapshotOf({
  nodes: [
    ...nodesIn(POOLS.general.id, 1, { 'upgrade-wave': 'canary' }),
    ...nodesIn(POOLS.general.id, 5, { 'upgrade-wave': 'main' }, 2),
    ...nodesIn(POOLS.gpu.id, 2, {}, 7),
  ],
});

/** Canaries first, then the rest of general-x86 (every node in a batch), then gpu-inference; steps of up to 4. */
export const plan: Plan = {
  clusterId: CLUSTER_ID,
  targetVersion: 'v1.29',
  userDefinedStep: 4,
  scope: 'Cluster',
  nodePoolOrder: { [POOLS.general.id]: 10 },
  nodeOrder: {
    [POOLS.general.id]: [
      { nodeSelector: { key: 'upgrade-wave', operator: 'in', value: ['canary'] }, priority: 10 },
      { nodeSelector: { key: 'upgrade-wave', operator: 'in', value: ['main'] }, priority: 5 },
    ],
  },
  addons: [],
  isOnlyUpgrade: false,
};

/** The plan with a third batch for general-x86 that no node matches: exactly one planning lint. */
export const planWithLint: Plan = {
  ...plan,
  nodeOrder: { [POOLS.general.id]: [...plan.nodeOrder[POOLS.general.id]!, { nodeSelector: { key: 'upgrade-wave', operator: 'in', value: ['late'] }, priority: 1 }] },
};

/** A sound plan file for `changed` (default: the plan above), written by the BFF's own function with its hashes. */
export function planFile(changed: Plan = plan): PlanFile {
  const request = serializeUpgradeRequest(toUpgradeRequest(changed));
  const revision = { author: { subject: 'local', name: 'Local user' }, createdAt: new Date(0), request, bodySha256: canonicalSha256(JSON.parse(request))!, plan: changed, acceptedRisks: [], preCheck: null, snapshot, snapshotSha256: snapshotSha256(snapshot) };
  return planFileOf(revision, null, Date.parse('2025-03-01T09:05:00Z'));
}

/** Writes `content` (a value as JSON, or text as it is) to `<dir>/<name>` and answers the path. */
export async function writePlanFile(dir: string, name: string, content: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}
