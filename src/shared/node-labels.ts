import { z } from 'zod/mini';
import type { ClusterNode, NodePool } from './cce-responses';
import { derivedLabels } from './inventory';
import type { Labels } from './selectors';

/** The Kubernetes API's node list (`GET /api/v1/nodes`), as far as the planner reads it. */
export const kubernetesNodeListSchema = z.looseObject({
  items: z.array(
    z.looseObject({
      metadata: z.looseObject({ name: z.string(), labels: z.optional(z.record(z.string(), z.string())) }),
    }),
  ),
});

/** GET /api/clusters/{cluster_id}/node-labels: the BFF's answer on where node labels come from. */
export const nodeLabelsSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('kubernetes'), nodes: z.array(z.object({ name: z.string(), labels: z.record(z.string(), z.string()) })) }),
  z.object({ source: z.literal('derived'), reason: z.string() }),
]);
export type NodeLabels = z.infer<typeof nodeLabelsSchema>;

/**
 * How to label a CCE node for the preview. With the cluster's Kubernetes labels, a node is found by its
 * Kubernetes name (CCE names nodes by private IP) or hostname label; a node Kubernetes does not list yet
 * falls back to the labels derived from CCE data.
 */
export function labelSource(answer: NodeLabels | undefined): (node: ClusterNode, pool: NodePool | undefined) => Labels {
  if (answer?.source !== 'kubernetes') return derivedLabels;
  const byKey = new Map<string, Record<string, string>>();
  for (const node of answer.nodes) {
    byKey.set(node.name, node.labels);
    const hostname = node.labels['kubernetes.io/hostname'];
    if (hostname) byKey.set(hostname, node.labels);
  }
  return (node, pool) => byKey.get(node.status.privateIP ?? '') ?? byKey.get(node.metadata.name) ?? derivedLabels(node, pool);
}
