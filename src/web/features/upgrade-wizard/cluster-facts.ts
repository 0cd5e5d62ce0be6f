import type { Cluster, NodePool, UpgradeInfo, UpgradeTask } from '../../../shared/cce-responses';
import { type MessageId, translate } from '../../i18n/i18n';
import { newestFirst } from '../../lib/task-history';

/** The running version with its CCE patch (v1.28.15-r30), as ShowUpgradeInfo reports it (reference §3.2). */
export function versionWithPatch({ release, patch }: UpgradeInfo['spec']['versionInfo']): string {
  return patch ? `${release}-${patch}` : release;
}

// Reference §2.1: category CCE or Turbo, which the console calls CCE Standard and CCE Turbo.
const categoryNames: Record<string, MessageId> = { CCE: 'cluster.category.CCE', Turbo: 'cluster.category.Turbo' };

/** "VirtualMachine / CCE Turbo": what the masters run on and which kind of cluster it is. */
export function clusterKind({ spec }: Cluster): string | undefined {
  const name = spec.category ? categoryNames[spec.category] : undefined;
  const category = name ? translate(name) : spec.category;
  return [spec.type, category].filter(Boolean).join(' / ') || undefined;
}

/** The node total ListClusters adds with detail=true, if CCE sent one. */
function annotatedNodes(cluster: Cluster): number | undefined {
  const annotations = cluster.metadata['annotations'] as Record<string, unknown> | undefined;
  const total = Number(annotations?.['totalNodesNumber']);
  return typeof annotations?.['totalNodesNumber'] === 'string' && Number.isInteger(total) ? total : undefined;
}

/** "54 nodes in 5 node pools"; without the pools, the node total alone (or nothing, if CCE gave none). */
export function clusterSize(cluster: Cluster, pools: readonly NodePool[] | undefined): string | undefined {
  const counted = pools?.reduce((sum, pool) => sum + (pool.status?.currentNode ?? pool.spec.initialNodeCount ?? 0), 0);
  const nodes = annotatedNodes(cluster) ?? counted;
  if (nodes === undefined) return undefined;
  return pools ? translate('cluster.nodesInPools', { nodes, pools: pools.length }) : translate('cluster.nodes', { nodes });
}

export type ClusterMarker =
  /** A task holds the cluster: running, or Failed and waiting for a retry. */
  | { kind: 'upgrading'; taskId: string; stopped: boolean }
  /** CCE says Upgrading, but its task is not (yet) known. */
  | { kind: 'upgrading-unknown' }
  | { kind: 'blocked'; phase: string; message?: string }
  | { kind: 'newest' }
  | { kind: 'offers'; targets: readonly string[] }
  /** The versions CCE offers are not known yet. */
  | { kind: 'unknown' };

/** What a person choosing a cluster should know first: whether it can be upgraded, and if not, why. */
export function clusterMarker(cluster: Cluster, info: UpgradeInfo | undefined, tasks: readonly UpgradeTask[] | undefined): ClusterMarker {
  const latest = tasks ? newestFirst(tasks)[0] : undefined;
  if (latest && latest.status.phase !== 'Success') {
    return { kind: 'upgrading', taskId: latest.metadata.uid, stopped: latest.status.phase === 'Failed' };
  }
  const { phase, message } = cluster.status;
  if (phase === 'Upgrading') return { kind: 'upgrading-unknown' };
  // CCE only upgrades Available clusters (reference §2.1; the Terraform provider waits for it).
  if (phase !== 'Available') return { kind: 'blocked', phase, ...(message ? { message } : {}) };
  if (!info) return { kind: 'unknown' };
  const targets = info.spec.versionInfo.targetVersions;
  return targets.length === 0 ? { kind: 'newest' } : { kind: 'offers', targets };
}
