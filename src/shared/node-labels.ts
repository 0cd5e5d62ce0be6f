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

/**
 * Why the BFF could not read a cluster's Kubernetes node labels, as data the SPA words in the user's language (the
 * BFF's English `reason` beside it is for API clients). `kubeconfig` names the file as the operator knows it
 * (<KUBECONFIG_DIR>/…), never by the server's path.
 */
export const labelFailureSchema = z.discriminatedUnion('code', [
  /** No kubeconfig: KUBECONFIG_DIR is not set, has no file for the cluster, or (demo) the cluster is not the simulator's. */
  z.object({ code: z.literal('no-kubeconfig'), where: z.enum(['unset', 'directory', 'demo']) }),
  z.object({ code: z.enum(['kubeconfig-unreadable', 'kubeconfig-no-cluster']), kubeconfig: z.optional(z.string()) }),
  /** The API server answered a redirect (not followed), refused the credentials, or answered another HTTP error. */
  z.object({ code: z.enum(['redirect', 'refused', 'http']), status: z.int() }),
  z.object({ code: z.literal('timeout'), seconds: z.number() }),
  z.object({ code: z.literal('malformed') }),
  /** Not reached; `errno` is the network error's code (ECONNREFUSED, ENOTFOUND…) when there is one. */
  z.object({ code: z.literal('unreachable'), errno: z.optional(z.string()) }),
]);
export type LabelFailure = z.infer<typeof labelFailureSchema>;

/** GET /api/clusters/{cluster_id}/node-labels: the BFF's answer on where node labels come from. */
export const nodeLabelsSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('kubernetes'), nodes: z.array(z.object({ name: z.string(), labels: z.record(z.string(), z.string()) })) }),
  z.object({ source: z.literal('derived'), failure: labelFailureSchema, reason: z.string() }),
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
