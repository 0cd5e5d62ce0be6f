import { toUpgradeRequest, serializeUpgradeRequest, type Plan } from '../../shared/plan';
import {
  planDetailSchema,
  planListSchema,
  revisionSchema,
  type Actor,
  type PlanDetail,
  type Revision,
} from '../../shared/plans-api';
import { clusterSnapshotSchema, type ClusterSnapshot } from '../../shared/cluster-snapshot';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION, planFileSchema, type PlanFile } from '../../shared/plan-file';

// A reviewed plan for a payments cluster, parsed with the shared schemas so a mock never answers what the BFF could not.

export const planIds = {
  plan: 'c0ffee00-0000-4000-8000-000000000001',
  draftPlan: 'c0ffee00-0000-4000-8000-000000000002',
  oldPlan: 'c0ffee00-0000-4000-8000-000000000003',
  cluster: '99999999-9999-4999-8999-999999999999',
  edgeCluster: '22222222-2222-4222-8222-222222222222',
  apiPool: 'd1000000-0000-4000-8000-000000000001',
  batchPool: 'd1000000-0000-4000-8000-000000000002',
  gpuPool: 'd1000000-0000-4000-8000-000000000003',
  preCheck: 'b0000000-0000-4000-8000-000000000009',
  task: '55555555-5555-4555-8555-555555555555',
};

export const ravi: Actor = { subject: 'ravi', name: 'Ravi Kumar' };
export const mei: Actor = { subject: 'mei', name: 'Mei Chen' };

const pools = [
  { id: planIds.apiPool, name: 'pay-api', flavors: ['c7.xlarge.2'], nodeCount: 4 },
  { id: planIds.batchPool, name: 'pay-batch', flavors: ['c7.large.2'], nodeCount: 3 },
  { id: planIds.gpuPool, name: 'pay-gpu', flavors: ['p2s.2xlarge.8'], nodeCount: 2 },
];
const canary = new Set(['pay-api-1', 'pay-api-2']);
const nodes = pools.flatMap((pool, p) =>
  Array.from({ length: pool.nodeCount }, (_, i) => ({
    uid: `e${p}000000-0000-4000-8000-00000000000${i + 1}`,
    name: `${pool.name}-${i + 1}`,
    poolId: pool.id,
    labels: { 'cce.cloud.com/cce-nodepool': pool.name, ...(canary.has(`${pool.name}-${i + 1}`) ? { 'upgrade-wave': 'canary' } : {}) },
  })),
);

export const snapshot: ClusterSnapshot = clusterSnapshotSchema.parse({
  takenAt: '2026-03-02T09:00:00Z',
  cluster: { id: planIds.cluster, name: 'prod-payments', version: 'v1.28', patch: 'cce.10.0', phase: 'Available' },
  pools,
  nodes,
  labelSource: 'kubernetes',
  addons: [
    { name: 'coredns', version: '1.28.4' },
    { name: 'everest', version: '2.4.1' },
  ],
  runningTask: null,
});

const basePlan: Plan = {
  clusterId: planIds.cluster,
  targetVersion: 'v1.29',
  userDefinedStep: 2,
  scope: 'Cluster',
  nodePoolOrder: { [planIds.apiPool]: 10 },
  nodeOrder: { [planIds.apiPool]: [{ nodeSelector: { key: 'upgrade-wave', operator: 'in', value: ['canary'] }, priority: 10 }] },
  addons: [{ addonTemplateName: 'coredns', operation: 'patch', version: '1.29.1', values: { replicas: 3 } }],
  isOnlyUpgrade: true,
};

const snapshotSha = '5a'.repeat(32);
const poolNames = Object.fromEntries(pools.map((pool) => [pool.id, pool.name]));

function revision(n: number, plan: Plan, createdAt: string, hashSeed: string): Revision {
  return revisionSchema.parse({
    planId: planIds.plan,
    revision: n,
    author: ravi,
    createdAt,
    request: serializeUpgradeRequest(toUpgradeRequest(plan)),
    bodySha256: hashSeed.repeat(64 / hashSeed.length),
    plan,
    poolNames,
    acceptedRisks: [{ name: 'DeprecatedAPIInUse', reason: 'The batch jobs still call policy/v1beta1; they are retired next sprint.' }],
    preCheck: { taskId: planIds.preCheck, phase: 'Success', expiresAt: '2026-03-09T09:00:00Z' },
    snapshot,
    snapshotSha256: snapshotSha,
  });
}

export const revision1 = revision(1, basePlan, '2026-03-02T09:05:00Z', 'a1');
/** Revision 2 grows the step and restarts it in each pool. */
export const revision2 = revision(2, { ...basePlan, userDefinedStep: 4, scope: 'NodePool' }, '2026-03-03T08:30:00Z', 'b2');
export const revisions: Record<number, Revision> = { 1: revision1, 2: revision2 };

const summary = ({ revision: n, author, createdAt, bodySha256, snapshotSha256 }: Revision) => ({ revision: n, author, createdAt, bodySha256, snapshotSha256 });
const hashes = (r: Revision) => ({ bodySha256: r.bodySha256, snapshotSha256: r.snapshotSha256 });

export const planDetail: PlanDetail = planDetailSchema.parse({
  id: planIds.plan,
  clusterId: planIds.cluster,
  clusterName: 'prod-payments',
  fromVersion: 'v1.28',
  targetVersion: 'v1.29',
  author: ravi,
  createdAt: revision1.createdAt,
  state: 'approved',
  latestRevision: 2,
  approvalsRequired: 1,
  revisions: [summary(revision1), summary(revision2)],
  reviews: [
    { revision: 1, reviewer: mei, verdict: 'request-changes', reason: 'Two nodes per wave is too slow for the maintenance window.', at: '2026-03-02T15:00:00Z', ...hashes(revision1) },
    { revision: 2, reviewer: mei, verdict: 'approve', reason: null, at: '2026-03-03T10:00:00Z', ...hashes(revision2) },
  ],
  comments: [
    { id: 'c1', revision: 1, anchor: { kind: 'wave', wave: 1 }, author: mei, text: 'Is pay-api-1 really the canary?', at: '2026-03-02T14:00:00Z' },
    { id: 'c2', revision: 2, anchor: { kind: 'plan' }, author: ravi, text: 'Step raised to 4 as asked.', at: '2026-03-03T08:31:00Z' },
  ],
  submission: null,
  you: { mayReview: true, maySubmit: true, mayRevise: true, notes: [] },
});

/** The same plan as a viewer sees it: nothing to do but read and comment. */
export const viewerPlanDetail: PlanDetail = {
  ...planDetail,
  you: { mayReview: false, maySubmit: false, mayRevise: false, notes: [{ code: 'viewer', message: 'You are a viewer: you may read and comment; approving, changing and submitting need the operator role.' }] },
};

export const planList = planListSchema.parse({
  items: [
    { ...planSummaryOf(planDetail), updatedAt: '2026-03-03T10:00:00Z', approvals: 1 },
    {
      id: planIds.draftPlan,
      clusterId: planIds.edgeCluster,
      clusterName: 'edge-b',
      fromVersion: 'v1.31',
      targetVersion: 'v1.32',
      author: mei,
      createdAt: '2026-03-04T11:00:00Z',
      state: 'draft',
      latestRevision: 1,
      updatedAt: '2026-03-04T11:00:00Z',
      approvals: 0,
    },
    {
      id: planIds.oldPlan,
      clusterId: planIds.cluster,
      clusterName: 'prod-payments',
      fromVersion: 'v1.28',
      targetVersion: 'v1.29',
      author: mei,
      createdAt: '2026-02-20T11:00:00Z',
      state: 'superseded',
      latestRevision: 3,
      updatedAt: '2026-02-21T11:00:00Z',
      approvals: 0,
    },
  ],
});

function planSummaryOf({ id, clusterId, clusterName, fromVersion, targetVersion, author, createdAt, state, latestRevision }: PlanDetail) {
  return { id, clusterId, clusterName, fromVersion, targetVersion, author, createdAt, state, latestRevision };
}

/** When the fixture plan files were exported: the file names carry it as 20260303-1015 (UTC). */
export const planFileExportedAt = '2026-03-03T10:15:00Z';

type PlanFileFields = Pick<PlanFile, 'request' | 'plan' | 'acceptedRisks' | 'preCheck' | 'bodySha256' | 'saved'>;

/**
 * A plan file as the BFF writes one, on the fixture snapshot; for another cluster (a wizard plan for prod-a) the
 * snapshot takes that cluster's id, name and version, as the mock has no nodes of its own for it.
 */
export function planFileOf(fields: PlanFileFields, cluster = { id: planIds.cluster, name: 'prod-payments', version: snapshot.cluster.version }): PlanFile {
  return planFileSchema.parse({
    format: PLAN_FILE_FORMAT,
    formatVersion: PLAN_FILE_VERSION,
    exportedAt: planFileExportedAt,
    cluster: { id: cluster.id, name: cluster.name },
    fromVersion: cluster.version,
    targetVersion: fields.plan.targetVersion,
    poolNames,
    snapshot: { ...snapshot, cluster: { ...snapshot.cluster, ...cluster } },
    snapshotSha256: snapshotSha,
    ...fields,
  });
}

/** A saved revision as a plan file: its text, plan and check, and who had approved it (from the plan's reviews). */
export function revisionPlanFile(r: Revision): PlanFile {
  const approvals = planDetail.reviews
    .filter((review) => review.revision === r.revision && review.verdict === 'approve')
    .map(({ reviewer, at }) => ({ reviewer, at }));
  const { request, plan, acceptedRisks, preCheck, bodySha256 } = r;
  return planFileOf({ request, plan, acceptedRisks, preCheck, bodySha256, saved: { planId: r.planId, revision: r.revision, author: r.author, approvals } });
}

/** Revision 2, approved by Mei: what GET /api/plans/:id/revisions/2/plan-file answers. */
export const savedPlanFile = revisionPlanFile(revision2);

/** Revision 1's plan exported from the review step before any save or pre-check (so its text has no isOnlyUpgrade). */
const unchecked: Plan = { ...basePlan, isOnlyUpgrade: false };
export const reviewPlanFile = planFileOf({
  request: serializeUpgradeRequest(toUpgradeRequest(unchecked)),
  plan: unchecked,
  acceptedRisks: revision1.acceptedRisks,
  preCheck: null,
  bodySha256: 'c3'.repeat(32),
  saved: null,
});
