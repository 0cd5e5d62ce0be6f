import type { ClusterSnapshot } from '../../shared/cluster-snapshot';
import { canonicalSha256 } from '../submit/plan-hash';

// Apart from take-snapshot.ts, whose CCE and Kubernetes clients cost `cce-plan validate` seconds of start-up for nothing.
/** Names the cluster state a revision was reviewed on: everything but when it was read. */
export function snapshotSha256({ takenAt: _takenAt, ...state }: ClusterSnapshot): string {
  // Snapshots are built from parsed JSON strings and numbers: they always have a canonical form.
  return canonicalSha256(state)!;
}
