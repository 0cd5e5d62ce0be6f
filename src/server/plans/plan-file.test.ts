import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeUpgradeRequest, toUpgradeRequest, type Plan } from '../../shared/plan';
import { planFileSchema } from '../../shared/plan-file';
import { planArb } from '../../shared/testing/plan-arbitrary';
import { snapshotOf } from '../../shared/testing/snapshots';
import { canonicalSha256 } from '../submit/plan-hash';
import { planFileOf, planFileProblems } from './plan-file';
import { snapshotSha256 } from './take-snapshot';

/** A plan as the BFF would store it: its exact text, the hashes computed as the BFF computes them. */
function fileOf(plan: Plan) {
  const snapshot = { ...snapshotOf(), cluster: { ...snapshotOf().cluster, id: plan.clusterId } };
  const request = serializeUpgradeRequest(toUpgradeRequest(plan));
  const revision = { author: { subject: 'a', name: 'A' }, createdAt: new Date(0), request, bodySha256: canonicalSha256(JSON.parse(request))!, plan, acceptedRisks: [], preCheck: null, snapshot, snapshotSha256: snapshotSha256(snapshot) };
  return planFileOf(revision, null, Date.UTC(2026, 10, 30));
}

describe('plan files', () => {
  it('round-trip: plan → file → import gives the same UpgradeCluster text and hash, and the file agrees with itself', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const file = fileOf(plan);
        // What a download writes and an import reads: text, then the shared schema.
        const imported = planFileSchema.parse(JSON.parse(`${JSON.stringify(file, null, 2)}\n`));
        expect(serializeUpgradeRequest(toUpgradeRequest(imported.plan))).toBe(file.request);
        expect(canonicalSha256(JSON.parse(imported.request))).toBe(file.bodySha256);
        expect(planFileProblems(imported)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('names each way a file disagrees with itself', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const file = fileOf(plan);
        const edited = serializeUpgradeRequest(toUpgradeRequest({ ...plan, userDefinedStep: plan.userDefinedStep === 1 ? 2 : 1 }));
        expect(planFileProblems({ ...file, request: edited }).map((problem) => problem.path)).toEqual(['request', 'bodySha256']);
        expect(planFileProblems({ ...file, snapshotSha256: '0'.repeat(64) }).map((problem) => problem.path)).toEqual(['snapshotSha256']);
        expect(planFileProblems({ ...file, cluster: { ...file.cluster, id: '00000000-0000-4000-8000-000000000000' } }).map((problem) => problem.path)).toEqual(['plan.clusterId', 'snapshot.cluster.id']);
      }),
      { numRuns: 50 },
    );
  });
});
